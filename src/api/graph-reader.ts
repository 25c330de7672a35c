// Runs read-only Cypher for one API request, counting round trips (so N+1 regressions are visible).

import neo4j from 'neo4j-driver';
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
      // An auto-commit read: one round trip (RUN and PULL pipelined), where a managed transaction
      // adds BEGIN and COMMIT; reads need no retry-on-commit semantics.
      const session = graph.driver.session({
        database: graph.database,
        defaultAccessMode: neo4j.session.READ,
      });
      try {
        const result = await withoutStackCapture(() =>
          session.run(cypher, toCypherParams(params), { timeout: timeoutMs }),
        );
        return result.records.map((record) => record.toObject() as T);
      } finally {
        await session.close();
      }
    },
    get roundTrips() {
      return roundTrips;
    },
  };
}

/**
 * The driver formats a stack trace for every statement it starts (to decorate a failure with the caller's
 * frames), about 3% of the API's CPU per request. Read failures are mapped to typed API errors that never show
 * that stack, so statements are started with stack capture off; the Result is created synchronously.
 */
function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
