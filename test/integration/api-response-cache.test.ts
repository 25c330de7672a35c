// The response cache: a repeated query is answered from memory; a write through the API is seen at once.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.ts';
import { FIRST_REPORT } from '../fixtures/khan-sheikhoun-reports.ts';
import { createTestApi } from '../support/test-api.ts';
import { emptyGraph, openTestGraph } from '../support/test-graph.ts';

describe('response cache', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openTestGraph();
    await emptyGraph(graph);
  });
  afterAll(async () => graph.close());

  it('serves a repeated query without Neo4j, and forgets it after a mutation', async () => {
    const api = createTestApi(graph, { KG_CACHE_TTL_MS: '60000', KG_API_TOKEN: 'token' });
    const query = '{ articles { id title } }';
    expect((await api.gql(query)).data).toEqual({ articles: [] });
    api.resetRoundTrips();
    expect((await api.gql(query)).data).toEqual({ articles: [] });
    expect(api.roundTrips()).toBe(0);

    const ingest = await api.gql(
      'mutation($text: String!) { ingestArticle(input: { id: "first", text: $text }) { outcome } }',
      { text: FIRST_REPORT },
      { authorization: 'Bearer token' },
    );
    expect(ingest.errors).toBeUndefined();
    expect((await api.gql(query)).data).toEqual({
      articles: [{ id: 'first', title: 'Gas attack kills dozens in Syrian town' }],
    });
  });
});
