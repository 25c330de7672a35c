// The read path on a real Neo4j: filters reach the indexes, nested lists are cut in Cypher, `first` is checked.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.ts';
import { createGraphReader } from '../../src/api/graph-reader.ts';
import { createLoaders } from '../../src/api/loaders.ts';
import { extractArticle } from '../../src/extract/index.ts';
import type { Graph } from '../../src/graph/driver.ts';
import { writeArticle } from '../../src/graph/write-article.ts';
import { recordingDriver, type SentStatement } from '../support/recording-driver.ts';
import { createTestApi } from '../support/test-api.ts';
import { emptyGraph, openTestGraph } from '../support/test-graph.ts';

/** Three meetings of the same two ministers on three days, written for this test. */
const MEETINGS = [
  ['2018-03-06', 'Monday', 'Geneva'],
  ['2019-07-10', 'Tuesday', 'Helsinki'],
  ['2021-11-17', 'Wednesday', 'Vienna'],
].map(
  ([published, weekday, city]) => `---
id: meeting-${published}
title: Ministers meet in ${city}
published: ${published}
---
Russian Foreign Minister Sergey Lavrov met Secretary of State Mike Pompeo in ${city} on ${weekday}.

"We had a useful conversation," Lavrov told reporters after the meeting.
`,
);

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function operators(plan: PlanNode): Array<{ type: string; details: string }> {
  return [
    { type: plan.operatorType, details: String(plan.arguments.Details ?? '') },
    ...plan.children.flatMap(operators),
  ];
}

describe('read path', () => {
  let graph: Graph;
  /** Every statement the API sent, with its parameters, in order. */
  const sent: SentStatement[] = [];
  let api: ReturnType<typeof createTestApi>;

  beforeAll(async () => {
    graph = await openTestGraph();
    await emptyGraph(graph);
    for (const [index, text] of MEETINGS.entries()) {
      const info = parseArticle({ baseId: `meeting-${index}`, text, sidecar: null });
      await writeArticle(graph, extractArticle(info));
    }
    const recording = recordingDriver(graph.driver, sent);
    api = createTestApi({ ...graph, driver: recording });
  });
  afterAll(async () => graph.close());

  it('filters events by date through the date index, in one statement', async () => {
    sent.length = 0;
    const { data, errors } = await api.gql<{
      events: { totalCount: number; nodes: Array<{ date: string }> };
    }>('{ events(filter: { from: "2019-01-01", to: "2019-12-31" }) { totalCount nodes { date } } }');
    expect(errors).toBeUndefined();
    expect(data.events.nodes.map((event) => event.date)).toContain('2019-07-09');
    expect(data.events.nodes.every((event) => event.date.startsWith('2019-'))).toBe(true);
    expect(sent).toHaveLength(1);
    const [statement] = sent;
    const { summary } = await graph.driver.executeQuery(`EXPLAIN ${statement!.cypher}`, statement!.params);
    const used = operators(summary.plan as unknown as PlanNode);
    expect(
      used.some((op) => op.type.startsWith('NodeIndexSeekByRange') && /Event\(date\)/.test(op.details)),
    ).toBe(true);
    expect(used.some((op) => op.type.startsWith('NodeByLabelScan'))).toBe(false);
  });

  /** The operators of the plan of the one statement the API sent. */
  async function planOfTheOneStatement() {
    expect(sent).toHaveLength(1);
    const [statement] = sent;
    const { summary } = await graph.driver.executeQuery(`EXPLAIN ${statement!.cypher}`, statement!.params);
    return operators(summary.plan as unknown as PlanNode);
  }
  const seeksSpeakerOrder = (op: { type: string; details: string }) =>
    op.type.startsWith('NodeIndexSeekByRange') && /Claim\(speakerOrder\)/.test(op.details);

  it('pages a speaker’s claims from the speaker-order index, without walking or sorting them all', async () => {
    sent.length = 0;
    const { data, errors } = await api.gql<{
      claims: { totalCount: number; nodes: Array<{ publishedAt: string }> };
    }>(
      '{ claims(filter: { speakerId: "person:sergey-lavrov" }, first: 2) { totalCount nodes { publishedAt } } }',
    );
    expect(errors).toBeUndefined();
    expect(data.claims.totalCount).toBe(3);
    expect(data.claims.nodes.map((claim) => claim.publishedAt)).toEqual(['2021-11-17', '2019-07-10']);
    const used = await planOfTheOneStatement();
    expect(used.some(seeksSpeakerOrder)).toBe(true);
    expect(used.some((op) => /^(Sort|Top|PartialSort|PartialTop)/.test(op.type))).toBe(false);
    expect(used.some((op) => op.type.startsWith('Expand') && /SAID_BY/.test(op.details))).toBe(false);
  });

  it('reads a speaker’s claims in a date range as one range of the speaker-order index', async () => {
    sent.length = 0;
    const { data, errors } = await api.gql<{ claims: { nodes: Array<{ publishedAt: string }> } }>(
      '{ claims(filter: { speakerId: "person:sergey-lavrov", from: "2019-01-01", to: "2021-11-16" }) { nodes { publishedAt } } }',
    );
    expect(errors).toBeUndefined();
    expect(data.claims.nodes.map((claim) => claim.publishedAt)).toEqual(['2019-07-10']);
    expect((await planOfTheOneStatement()).some(seeksSpeakerOrder)).toBe(true);
  });

  it('takes a timeline’s claims from the speaker-order index, in date order after the day’s events', async () => {
    sent.length = 0;
    const { data, errors } = await api.gql<{
      timeline: Array<{ date: string; event: { id: string } | null; claim: { id: string } | null }>;
    }>(
      '{ timeline(entityId: "person:sergey-lavrov", from: "2019-01-01") { date event { id } claim { id } } }',
    );
    expect(errors).toBeUndefined();
    const kinds = data.timeline.map((item) => `${item.date} ${item.event ? 'event' : 'claim'}`);
    expect(kinds).toEqual([
      '2019-07-09 event',
      '2019-07-09 event',
      '2019-07-10 claim',
      '2021-11-17 event',
      '2021-11-17 event',
      '2021-11-17 claim',
    ]);
    const used = await planOfTheOneStatement();
    expect(used.some(seeksSpeakerOrder)).toBe(true);
    expect(used.some((op) => op.type.startsWith('Expand') && /SAID_BY/.test(op.details))).toBe(false);
  });

  it('leaves the date out of the statement when no date is given', async () => {
    sent.length = 0;
    await api.gql('{ events(filter: { types: [MEETING] }) { totalCount } }');
    expect(sent[0]?.cypher).not.toMatch(/date\(/);
  });

  it('cuts an entity’s events in Cypher: first: 1 gives the oldest one', async () => {
    const { data, errors } = await api.gql<{ entity: { events: Array<{ date: string }> } }>(
      '{ entity(id: "person:sergey-lavrov") { events(first: 1) { date } } }',
    );
    expect(errors).toBeUndefined();
    expect(data.entity.events).toEqual([{ date: '2018-03-05' }]);
    // The batched loader (used below fields the projector leaves to it) cuts the same way.
    const loaders = createLoaders(createGraphReader(graph, 10_000));
    const loaded = await loaders.entityEvents.load('1|person:sergey-lavrov');
    expect(loaded.map((event) => event.date)).toEqual(['2018-03-05']);
    const claims = await loaders.entityClaimsMade.load('2|person:sergey-lavrov');
    expect(claims.map((claim) => claim.publishedAt)).toEqual(['2021-11-17', '2019-07-10']);
  });

  it('answers aliases of one list with different arguments, fragments and aliased nested objects', async () => {
    const { data, errors } = await api.gql<{
      entity: {
        oldest: Array<{ date: string }>;
        all: Array<{ date: string; label: string; people: Array<{ who: { name: string } }> }>;
        name: string;
        said: Array<{ id: string }>;
      };
    }>(
      `{ entity(id: "person:sergey-lavrov") { ...Named oldest: events(first: 1) { date }
           all: events { date ...Labelled people: participants { who: entity { name } } }
           ... on Person { said: claimsMade(first: 2) { id } } } }
       fragment Named on Entity { name }
       fragment Labelled on Event { label }`,
    );
    expect(errors).toBeUndefined();
    expect(data.entity.name).toBe('Sergey Lavrov');
    expect(data.entity.oldest).toEqual([{ date: '2018-03-05' }]);
    // Each article reports the meeting and the press remarks after it, on the same day.
    const days = ['2018-03-05', '2019-07-09', '2021-11-17'];
    expect(data.entity.all.map((event) => event.date)).toEqual(days.flatMap((day) => [day, day]));
    expect(data.entity.all[0]?.label).toEqual(expect.any(String));
    expect(data.entity.all[0]?.people.map((person) => person.who.name)).toContain('Sergey Lavrov');
    expect(data.entity.said).toHaveLength(2);
  });

  it.each([
    ['events', -1],
    ['events', 1_000_000],
    ['mentions', -1],
    ['claimsMade', 1_000_000],
    ['claimsAbout', -1],
  ])('refuses %s(first: %i) with BAD_USER_INPUT before reading', async (field, first) => {
    sent.length = 0;
    const sub = field === 'mentions' ? 'text' : 'id';
    const result = await api.gql(
      `{ entity(id: "person:sergey-lavrov") { ${field}(first: ${first}) { ${sub} } } }`,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe(`first must be an integer from 0 to 1000, got ${first}`);
    expect(sent).toHaveLength(0);
  });
});
