// Repeated operations run compiled (graphql-jit) from their third run: their answers must equal graphql-js's.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHIQL_EXAMPLES } from '../../src/api/graphiql-examples.ts';
import { PROJECT_ROOT } from '../../src/config.ts';
import type { Graph } from '../../src/graph/driver.ts';
import { ingestFiles } from '../../src/ingest/ingest-files.ts';
import { createTestApi, type TestApi } from '../support/test-api.ts';
import { emptyGraph, openTestGraph } from '../support/test-graph.ts';

const SEED = '000_378aaa2b4c064df4';
const LAVROV = 'person:sergey-lavrov';

/** Operations that reach every kind of field: projected, loaded, deferred (thunks), interfaces, errors. */
const OPERATIONS: Array<
  [string, { query: string; variables?: Record<string, unknown>; operationName?: string }]
> = [
  ...['AttackWithClaims', 'UsRussia', 'Contested', 'People'].map(
    (name) =>
      [`GraphiQL example ${name}`, { query: GRAPHIQL_EXAMPLES, operationName: name }] as [string, never],
  ),
  [
    'a timeline with aliases and a fragment',
    {
      query: `query($id: ID!) { t: timeline(entityId: $id) { when: date event { ...E } claim { id kind text } } }
                fragment E on Event { id type label location { __typename name } }`,
      variables: { id: LAVROV },
    },
  ],
  [
    'claims with provenance (deferred sentence and article)',
    {
      query: `{ claims(filter: { speakerId: "${LAVROV}" }) { totalCount nodes { kind stance text
                  speaker { __typename ... on Person { name roles { title sources { id } } } }
                  provenance { start end sentenceIndex sentence article { id title } } } } }`,
    },
  ],
  [
    'a connection (deferred steps over the Entity interface)',
    {
      query: `{ connection(from: "${LAVROV}", to: "person:rex-tillerson") { length
                  steps { via entity { __typename id name } event { id } claim { id } article { id } } } }`,
    },
  ],
  [
    'the bilateral view (deferred countries)',
    {
      query: `{ bilateral(a: "country:USA", b: "country:RUS") { a { name } b { name }
                  events { id label } aSaidAboutB { text } bSaidAboutA { text } } }`,
    },
  ],
  [
    'events with participants and mentions, paged',
    {
      query: `query($first: Int) { events(first: $first) { totalCount pageInfo { hasNextPage endCursor }
                  nodes { id type date contested participants { role entity { id name } }
                  mentions { text provenance { sentence } } } } }`,
      variables: { first: 3 },
    },
  ],
  ['a search', { query: '{ search(text: "Lavrov") { score entity { id name } claim { id text } } }' }],
  ['an unknown entity (NOT_FOUND)', { query: '{ timeline(entityId: "person:nobody") { date } }' }],
  ['an entity that is null', { query: '{ entity(id: "person:nobody") { id name } }' }],
];

describe('compiled execution over the seed', () => {
  let graph: Graph;
  let api: TestApi;
  beforeAll(async () => {
    graph = await openTestGraph();
    await emptyGraph(graph);
    await ingestFiles([join(PROJECT_ROOT, 'seeds', 'articles', `${SEED}.txt`)], {
      graph,
      concurrency: 1,
      maxBytes: 1_000_000,
    });
    await graph.driver.executeQuery('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
    api = createTestApi(graph);
  });
  afterAll(async () => graph.close());

  it.each(OPERATIONS)('answers %s the same on every run', async (_, body) => {
    const answers: string[] = [];
    for (let run = 0; run < 4; run += 1) {
      const response = await api.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      answers.push(await response.text());
    }
    expect(answers[0]).toMatch(/"data"/);
    // Runs 1-2 are graphql-js's, runs 3-4 the compiled executor's.
    expect(answers.slice(1)).toEqual([answers[0], answers[0], answers[0]]);
  });
});
