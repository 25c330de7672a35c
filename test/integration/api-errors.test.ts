// Bad queries, bad input, missing tokens, oversized bodies and a vanished Neo4j: each a clear GraphQL error.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openGraph, type Graph } from '../../src/graph/driver.ts';
import { createTestApi } from '../support/test-api.ts';
import { emptyGraph, openTestGraph } from '../support/test-graph.ts';

const ARTICLE = `---
title: Ministers meet in Geneva
published: 2019-05-02
---
Russian Foreign Minister Sergey Lavrov met Secretary of State Mike Pompeo in Geneva on Wednesday.

"We had a useful conversation," Pompeo told reporters after the meeting.
`;

describe('API errors', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openTestGraph();
    await emptyGraph(graph);
  });
  afterAll(async () => graph.close());

  it('rejects a malformed query with a syntax error and status 400', async () => {
    const api = createTestApi(graph);
    const result = await api.gql('{ articles { title }');
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(/^Syntax Error/);
  });

  it('names an unknown field', async () => {
    const result = await createTestApi(graph).gql('{ articles { headline } }');
    expect(result.errors?.[0]?.message).toBe('Cannot query field "headline" on type "Article".');
  });

  it('says how to write a Date', async () => {
    const result = await createTestApi(graph).gql(
      '{ events(filter: { from: "12 April 2017" }) { totalCount } }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('YYYY-MM-DD');
  });

  it('refuses a query deeper than KG_MAX_DEPTH before touching Neo4j', async () => {
    const api = createTestApi(graph, { KG_MAX_DEPTH: '3' });
    const result = await api.gql('{ events { nodes { location { name } } } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0]?.message).toBe('operation is 4 levels deep; the limit is 3 (KG_MAX_DEPTH)');
    expect(api.roundTrips()).toBe(0);
  });

  it('refuses an oversized request body with 413', async () => {
    const api = createTestApi(graph, { KG_MAX_BODY_BYTES: '1000' });
    const response = await api.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ articles { title } } # ${'x'.repeat(2000)}` }),
    });
    expect(response.status).toBe(413);
  });

  it('refuses mutations while no KG_API_TOKEN is configured', async () => {
    const result = await createTestApi(graph).gql('mutation { retractArticle(id: "x") { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('needs the token for mutations, and then ingests, merges and retracts', async () => {
    const api = createTestApi(graph, { KG_API_TOKEN: 'test-token' });
    const auth = { authorization: 'Bearer test-token' };
    const ingest =
      'mutation($text: String!) { ingestArticle(input: { id: "geneva", text: $text }) { outcome claims article { title } } }';

    const anonymous = await api.gql(ingest, { text: ARTICLE });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const created = await api.gql(ingest, { text: ARTICLE }, auth);
    expect(created.errors).toBeUndefined();
    expect(created.data).toMatchObject({
      ingestArticle: { outcome: 'created', article: { title: 'Ministers meet in Geneva' } },
    });
    const again = await api.gql<{ ingestArticle: { outcome: string } }>(ingest, { text: ARTICLE }, auth);
    expect(again.data.ingestArticle.outcome).toBe('unchanged');

    const empty = await api.gql(ingest, { text: '   ' }, auth);
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const merge = await api.gql(
      'mutation { mergeEntities(keepId: "person:sergey-lavrov", mergeId: "country:RUS") { id } }',
      {},
      auth,
    );
    expect(merge.errors?.[0]?.message).toBe(
      'cannot merge a Country into a Person; both must be the same type',
    );

    const retracted = await api.gql(
      'mutation { retractArticle(id: "geneva") { id nodesDeleted } }',
      {},
      auth,
    );
    expect(retracted.errors).toBeUndefined();
    expect(
      (retracted.data as { retractArticle: { nodesDeleted: number } }).retractArticle.nodesDeleted,
    ).toBeGreaterThan(3);
    const missing = await api.gql('mutation { retractArticle(id: "geneva") { id } }', {}, auth);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('says the database is unavailable, and not ready, when Neo4j has gone away', async () => {
    const gone = await openGraph(inject('neo4j'));
    await gone.close();
    const api = createTestApi(gone);
    const result = await api.gql('{ articles { title } }');
    expect(result.status).toBe(503);
    expect(result.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(result.errors)).not.toMatch(/Neo4j|driver|closed/i);
    const ready = await api.fetch('/ready');
    expect(ready.status).toBe(503);
  });
});
