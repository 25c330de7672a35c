// Runs read-only Cypher for one API request, counting round trips (so N+1 regressions are visible).

import { toCypherParams } from '../graph/cypher-params.ts';
import type { Graph } from '../graph/driver.ts';

export interface GraphReader {
  /** Runs `cypher` with `params` in a read transaction; rows come back as plain objects. */
  read<T = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>): Promise<T[]>;
  /** How many statements this reader has sent. */
  readonly roundTrips: number;
}

export function createGraphReader(graph: Graph, timeoutMs: number): GraphReader {
  let roundTrips = 0;
  return {
    async read<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
      roundTrips += 1;
      const result = await graph.driver.executeQuery(cypher, toCypherParams(params), {
        database: graph.database,
        routing: 'READ',
        transactionConfig: { timeout: timeoutMs },
      });
      return result.records.map((record) => record.toObject() as T);
    },
    get roundTrips() {
      return roundTrips;
    },
  };
}
