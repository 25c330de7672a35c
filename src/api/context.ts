// The per-request context: the graph reader, batched loaders and what the caller may do, built in one place.

import type { Config } from '../config.ts';
import type { Graph } from '../graph/driver.ts';
import { createGraphReader, type GraphReader } from './graph-reader.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { startBudget, type OperationBudget } from './operation-guards.ts';
import { carriesToken } from './request-guards.ts';

export interface ApiDeps {
  graph: Graph;
  config: Config;
  log: (level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>) => void;
}

export interface ApiContext {
  deps: ApiDeps;
  reader: GraphReader;
  loaders: Loaders;
  /** True when the request carried the configured API token. */
  authorized: boolean;
  /** The operation's deadline (KG_OPERATION_TIMEOUT_MS) and the client's disconnect, as one signal. */
  budget: OperationBudget;
  /** Forgets cached responses: called after every write through the API. */
  forgetCachedResponses: () => Promise<void>;
}

export function createContext(
  deps: ApiDeps,
  request: Request,
  forgetCachedResponses: () => Promise<void>,
): ApiContext {
  const { queryTimeoutMs, operationTimeoutMs } = deps.config.server;
  const budget = startBudget(request.signal, operationTimeoutMs);
  // No statement may outlive the operation: Neo4j's transaction timeout aborts the Cypher itself.
  const reader = withinBudget(
    createGraphReader(deps.graph, Math.min(queryTimeoutMs, operationTimeoutMs)),
    budget,
  );
  return {
    deps,
    reader,
    budget,
    loaders: createLoaders(reader),
    authorized: carriesToken(request, deps.config.server.apiToken),
    forgetCachedResponses,
  };
}

/** Sends no statement once the budget is spent, and stops waiting for one in flight when it is. */
function withinBudget(reader: GraphReader, budget: OperationBudget): GraphReader {
  return {
    async read<T>(cypher: string, params?: Record<string, unknown>): Promise<T[]> {
      budget.signal.throwIfAborted();
      let onAbort = (): void => undefined;
      const aborted = new Promise<never>((_, reject) => {
        onAbort = () => reject(budget.signal.reason);
      });
      budget.signal.addEventListener('abort', onAbort, { once: true });
      try {
        return await Promise.race([reader.read<T>(cypher, params), aborted]);
      } finally {
        budget.signal.removeEventListener('abort', onAbort);
      }
    },
    get roundTrips() {
      return reader.roundTrips;
    },
  };
}
