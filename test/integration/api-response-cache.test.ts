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

  it('replays the first answer byte for byte, headers included, for the same request only', async () => {
    const api = createTestApi(graph, { KG_CACHE_TTL_MS: '60000' });
    const post = (body: string, accept = 'application/json') =>
      api.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept, origin: 'https://analyst.example' },
        body,
      });
    const body = JSON.stringify({
      query: 'query($n: Int) { articles(first: $n) { id } }',
      variables: { n: 5 },
    });
    const first = await post(body);
    api.resetRoundTrips();
    const again = await post(body);
    expect(api.roundTrips()).toBe(0);
    expect(again.status).toBe(first.status);
    expect(await again.text()).toBe(await first.text());
    expect(Object.fromEntries(again.headers)).toEqual(Object.fromEntries(first.headers));
    // Another media type asked for is another answer (its content type differs).
    const other = await post(body, 'application/graphql-response+json');
    expect(other.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(api.roundTrips()).toBe(1);
  });

  it('keeps no answer that holds errors', async () => {
    const api = createTestApi(graph, { KG_CACHE_TTL_MS: '60000' });
    const query = '{ timeline(entityId: "person:nobody") { date } }';
    expect((await api.gql(query)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    api.resetRoundTrips();
    expect((await api.gql(query)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(api.roundTrips()).toBe(1);
  });
});
