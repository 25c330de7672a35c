// Repeated operations run compiled (graphql-jit) from their third run: their answers must equal graphql-js's.

import { describe, expect, it } from 'vitest';
import { GRAPHIQL_EXAMPLES } from '../../src/api/graphiql-examples.ts';
import { useSeedApi } from '../support/seed-graph.ts';

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
  const api = useSeedApi();

  it.each(OPERATIONS)('answers %s the same on every run', async (_, body) => {
    const answers: string[] = [];
    for (let run = 0; run < 4; run += 1) {
      const response = await api().fetch('/graphql', {
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
