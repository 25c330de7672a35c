// The per-request context: the graph reader, batched loaders and what the caller may do, built in one place.

import type { Config } from '../config.ts';
import type { Graph } from '../graph/driver.ts';
import { createGraphReader, type GraphReader } from './graph-reader.ts';
import { createLoaders, type Loaders } from './loaders.ts';

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
  /** Forgets cached responses: called after every write through the API. */
  forgetCachedResponses: () => Promise<void>;
}

export function createContext(
  deps: ApiDeps,
  request: Request,
  forgetCachedResponses: () => Promise<void>,
): ApiContext {
  const reader = createGraphReader(deps.graph, deps.config.server.queryTimeoutMs);
  return {
    deps,
    reader,
    loaders: createLoaders(reader),
    authorized: carriesToken(request, deps.config.server.apiToken),
    forgetCachedResponses,
  };
}

function carriesToken(request: Request, token: string | null): boolean {
  if (token === null) return false;
  const header = request.headers.get('authorization') ?? '';
  const bearer = /^Bearer\s+(.+)$/i.exec(header)?.[1];
  return bearer === token || request.headers.get('x-api-key') === token;
}
