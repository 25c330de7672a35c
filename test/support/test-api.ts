// An in-process API over the test graph, with a counter of Neo4j round trips.

import { loadConfig, type Config } from '../../src/config.ts';
import { createApi } from '../../src/api/server.ts';
import type { Graph } from '../../src/graph/driver.ts';

export interface TestApi {
  /** POSTs an operation to /graphql and returns the parsed body and status. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{
    status: number;
    data: T;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  }>;
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** Neo4j sessions (one per statement the API sends) opened since the API was made (or last reset). */
  roundTrips(): number;
  resetRoundTrips(): void;
}

export function createTestApi(graph: Graph, env: Record<string, string> = {}): TestApi {
  let count = 0;
  const driver = new Proxy(graph.driver, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property === 'session' && typeof value === 'function') {
        return (...args: unknown[]) => {
          count += 1;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  // The response cache is off unless a test turns it on: most tests count what reaches Neo4j.
  const config: Config = loadConfig({ KG_LOG_LEVEL: 'silent', KG_CACHE_TTL_MS: '0', ...env });
  const api = createApi({ graph: { ...graph, driver }, config, log: () => undefined });
  const fetchApi = (path: string, init?: RequestInit) =>
    Promise.resolve(api.fetch(new Request(`http://kg.test${path}`, init)));
  return {
    async gql(query, variables = {}, headers = {}) {
      const response = await fetchApi('/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as { data: never }) };
    },
    fetch: fetchApi,
    roundTrips: () => count,
    resetRoundTrips: () => {
      count = 0;
    },
  };
}
