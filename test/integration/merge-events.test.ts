// A curator reviews the near-misses of event resolution and merges two events; later ingests keep the merge.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.ts';
import { createTestApi, type TestApi } from '../support/test-api.ts';
import { emptyGraph, openTestGraph } from '../support/test-graph.ts';

// Written for this test: one article tells two meetings apart, the other names all three people at once.
const TWO_MEETINGS = `---
title: Tillerson in Moscow
published: 2017-04-12
---
Secretary of State Rex Tillerson held talks with Russian Foreign Minister Sergey Lavrov in Moscow on Wednesday.

Later on Wednesday, Tillerson met Russian President Vladimir Putin at the Kremlin.
`;
const ONE_MEETING = `---
title: Kremlin talks end without a deal
published: 2017-04-12
---
Rex Tillerson, Sergey Lavrov and Vladimir Putin met on Wednesday, their spokesmen said.
`;

interface Candidate {
  score: number;
  evidence: string[];
  a: { id: string; participants: Array<{ entity: { id: string } }> };
  b: { id: string };
}

describe('curating event resolution', () => {
  let graph: Graph;
  let api: TestApi;
  const auth = { authorization: 'Bearer curator-token' };
  const ingest = (id: string, text: string) =>
    api.gql(
      'mutation($id: ID!, $text: String!) { ingestArticle(input: { id: $id, text: $text }) { outcome } }',
      { id, text },
      auth,
    );
  const candidates = async () =>
    (
      await api.gql<{ eventMergeCandidates: Candidate[] }>(
        '{ eventMergeCandidates { score evidence a { id participants { entity { id } } } b { id } } }',
      )
    ).data.eventMergeCandidates;
  const meetings = async () =>
    (
      await api.gql<{ events: { nodes: Array<{ id: string; sources: Array<{ id: string }> }> } }>(
        '{ events(filter: { types: [MEETING] }) { nodes { id sources { id } } } }',
      )
    ).data.events.nodes;

  beforeAll(async () => {
    graph = await openTestGraph();
    await emptyGraph(graph);
    api = createTestApi(graph, { KG_API_TOKEN: 'curator-token' });
    await ingest('two-meetings', TWO_MEETINGS);
    await ingest('one-meeting', ONE_MEETING);
  });
  afterAll(async () => graph.close());

  it('leaves a report that fits two events equally on its own, and lists both fits for review', async () => {
    expect(await meetings()).toHaveLength(3);
    const found = await candidates();
    expect(found).toHaveLength(2);
    expect(found[0]?.score).toBeCloseTo(found[1]?.score ?? 0, 5);
    expect(found[0]?.evidence).toEqual(
      expect.arrayContaining(['same date 2017-04-12', '2 shared participants']),
    );
  });

  it('merges two events into the first id, with both sources, and clears their near-miss', async () => {
    const [first] = await meetings();
    const lonely = (await meetings()).find(
      (m) => m.sources.length === 1 && m.sources[0]?.id === 'one-meeting',
    );
    const talks = (await meetings()).find((m) => m !== first && m.id !== lonely?.id);
    const merged = await api.gql<{ mergeEvents: { id: string; sources: Array<{ id: string }> } }>(
      'mutation($ids: [ID!]!) { mergeEvents(ids: $ids) { id sources { id } } }',
      { ids: [talks?.id, lonely?.id] },
      auth,
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data.mergeEvents.id).toBe(talks?.id);
    expect(merged.data.mergeEvents.sources.map((s) => s.id).sort()).toEqual(['one-meeting', 'two-meetings']);
    expect(await meetings()).toHaveLength(2);
    expect(await candidates()).toHaveLength(0);
    // Ingesting an edit of the merged article keeps it on the event the curator chose.
    await ingest('one-meeting', ONE_MEETING.replace('their spokesmen said', 'their aides said'));
    const after = await meetings();
    expect(
      after
        .find((m) => m.id === talks?.id)
        ?.sources.map((s) => s.id)
        .sort(),
    ).toEqual(['one-meeting', 'two-meetings']);
  });

  it('refuses a merge it cannot do, saying why', async () => {
    const ids = (await meetings()).map((m) => m.id);
    const sameArticle = await api.gql(
      'mutation($ids: [ID!]!) { mergeEvents(ids: $ids) { id } }',
      { ids },
      auth,
    );
    expect(sameArticle.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(sameArticle.errors?.[0]?.message).toMatch(/reports these as different events/);
    const unknown = await api.gql(
      'mutation { mergeEvents(ids: ["ev_nothing", "ev_none"]) { id } }',
      {},
      auth,
    );
    expect(unknown.errors?.[0]?.message).toMatch(/no event with id "ev_nothing"/);
    const anonymous = await api.gql('mutation($ids: [ID!]!) { mergeEvents(ids: $ids) { id } }', { ids });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
