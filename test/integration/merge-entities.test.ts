// An analyst merges two nodes that are one person: claims, mentions and aliases move to the kept node.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.ts';
import { createTestApi, type TestApi } from '../support/test-api.ts';
import { emptyGraph, openTestGraph } from '../support/test-graph.ts';

// Two spellings of one name, in articles written for this test.
const SPELLED_SERGEI = `---
title: Moscow warns on arms talks
published: 2019-02-01
---
Deputy Foreign Minister Sergei Ryabkov said on Friday that Russia would suspend the treaty.
`;
const SPELLED_SERGEY = `---
title: Russia ready for talks
published: 2019-02-03
---
Russian Deputy Foreign Minister Sergey Ryabkov told reporters that Moscow remained open to dialogue.
`;

describe('mergeEntities', () => {
  let graph: Graph;
  let api: TestApi;
  const auth = { authorization: 'Bearer merge-token' };
  beforeAll(async () => {
    graph = await openTestGraph();
    await emptyGraph(graph);
    api = createTestApi(graph, { KG_API_TOKEN: 'merge-token' });
    const ingest =
      'mutation($id: ID!, $text: String!) { ingestArticle(input: { id: $id, text: $text }) { outcome } }';
    await api.gql(ingest, { id: 'sergei', text: SPELLED_SERGEI }, auth);
    await api.gql(ingest, { id: 'sergey', text: SPELLED_SERGEY }, auth);
  });
  afterAll(async () => graph.close());

  it('starts with two people', async () => {
    const { data } = await api.gql<{ people: Array<{ id: string }> }>('{ people { id } }');
    expect(data.people.map((person) => person.id)).toEqual([
      'person:sergei-ryabkov',
      'person:sergey-ryabkov',
    ]);
  });

  it('folds one into the other, keeping both spellings, both claims and both sources', async () => {
    const merged = await api.gql<{ mergeEntities: { id: string; name: string; aliases: string[] } }>(
      'mutation { mergeEntities(keepId: "person:sergey-ryabkov", mergeId: "person:sergei-ryabkov") { id name aliases } }',
      {},
      auth,
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data.mergeEntities.name).toBe('Sergey Ryabkov');
    expect(merged.data.mergeEntities.aliases).toContain('Sergei Ryabkov');

    const { data } = await api.gql<{
      people: Array<{ id: string }>;
      entity: { claimsMade: Array<{ text: string }>; sources: Array<{ id: string }> };
      gone: null;
    }>(
      `{ people { id } gone: entity(id: "person:sergei-ryabkov") { id }
         entity(id: "person:sergey-ryabkov") { claimsMade { text } sources { id } } }`,
    );
    expect(data.people).toEqual([{ id: 'person:sergey-ryabkov' }]);
    expect(data.gone).toBeNull();
    expect(data.entity.claimsMade.map((claim) => claim.text).sort()).toEqual([
      'Moscow remained open to dialogue',
      'Russia would suspend the treaty',
    ]);
    expect(data.entity.sources.map((article) => article.id)).toEqual(['sergei', 'sergey']);
  });

  it('refuses to merge an entity into itself or an unknown id', async () => {
    const self = await api.gql(
      'mutation { mergeEntities(keepId: "person:sergey-ryabkov", mergeId: "person:sergey-ryabkov") { id } }',
      {},
      auth,
    );
    expect(self.errors?.[0]?.message).toBe('keepId and mergeId are the same entity');
    const unknown = await api.gql(
      'mutation { mergeEntities(keepId: "person:sergey-ryabkov", mergeId: "person:nobody") { id } }',
      {},
      auth,
    );
    expect(unknown.errors?.[0]?.message).toBe('no entity with id "person:nobody"');
  });
});
