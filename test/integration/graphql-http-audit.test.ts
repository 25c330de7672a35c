// The GraphQL-over-HTTP audit suite (graphql-http's serverAudits) against the API: every MUST holds.

import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../src/api/server.ts';
import { loadConfig } from '../../src/config.ts';
import type { Graph } from '../../src/graph/driver.ts';
import { openTestGraph } from '../support/test-graph.ts';

describe('GraphQL over HTTP audits', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openTestGraph();
  });
  afterAll(async () => graph.close());

  it('passes every MUST audit', async () => {
    const api = createApi({ graph, config: loadConfig({ KG_LOG_LEVEL: 'silent' }), log: () => undefined });
    const audits = serverAudits({
      url: 'http://kg.test/graphql',
      fetchFn: (input: RequestInfo | URL, init?: RequestInit) => api.fetch(new Request(input, init)),
    });
    const failures: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (result.status === 'error') failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(audits.length).toBeGreaterThan(20);
    expect(failures).toEqual([]);
  });
});
