// The analyst's questions over the ingested seed article, answered exactly through GraphQL.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHIQL_EXAMPLES } from '../../src/api/graphiql-examples.ts';
import type { Graph } from '../../src/graph/driver.ts';
import { createTestApi, type TestApi } from '../support/test-api.ts';
import { openSeedGraph, SEED } from '../support/seed-graph.ts';

interface ClaimView {
  kind: string;
  stance: string | null;
  text: string;
  speaker: { name: string } | null;
  provenance: { sentence: string; article: { id: string } };
}

const CLAIM_FIELDS = 'kind stance text speaker { name } provenance { sentence article { id } }';

describe('analyst questions over the seed', () => {
  let graph: Graph;
  let api: TestApi;
  beforeAll(async () => {
    graph = await openSeedGraph();
    api = createTestApi(graph);
  });
  afterAll(async () => graph.close());

  it('returns the seed title and the people it names', async () => {
    const { data } = await api.gql<{ articles: Array<{ title: string }>; people: Array<{ name: string }> }>(
      '{ articles { title } people { name } }',
    );
    expect(data.articles).toEqual([{ title: "Trump declares US-Russia relations may be at 'all-time low'" }]);
    expect(data.people.map((person) => person.name)).toEqual([
      'Bashar al-Assad',
      'Donald Trump',
      'Rex Tillerson',
      'Sergey Lavrov',
      'Vladimir Putin',
    ]);
  });

  it('gives every claim about the Khan Sheikhoun attack with its speaker, stance and sentence', async () => {
    const { data, errors } = await api.gql<{
      events: {
        totalCount: number;
        nodes: Array<{ date: string; killed: number; location: { name: string }; claims: ClaimView[] }>;
      };
    }>(
      `{ events(filter: { types: [ATTACK], locationId: "place:khan-sheikhoun" }) {
           totalCount nodes { date killed location { name } claims { ${CLAIM_FIELDS} } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.events.totalCount).toBe(1);
    const attack = data.events.nodes[0]!;
    expect(attack).toMatchObject({ date: '2017-04-04', killed: 80, location: { name: 'Khan Sheikhoun' } });
    const said = attack.claims.map((claim) => [claim.speaker?.name ?? null, claim.stance, claim.text]);
    expect(said).toEqual(
      expect.arrayContaining([
        [
          'United States',
          'ASSERTS',
          'its intelligence reports show conclusively that the chemical attack was planned and carried out by Syria',
        ],
        ['Russia', 'DENIES', 'refusing to concede that Assad - was behind the attacks'],
        ['Russia', null, 'called for an investigation into the chemical attack'],
      ]),
    );
    const tillerson = attack.claims.find((claim) => claim.speaker?.name === 'Rex Tillerson');
    expect(tillerson?.text).toBe(
      'he did not have "firm information" to indicate any Russian involvement in the attack',
    );
    const us = attack.claims.find((claim) => claim.speaker?.name === 'United States')!;
    expect(us.provenance).toEqual({
      sentence:
        'The U.S. has said its intelligence reports show conclusively that the chemical attack was planned and carried out by Syria.',
      article: { id: SEED },
    });
  });

  it('lists everything Tillerson said', async () => {
    const { data } = await api.gql<{ claims: { totalCount: number; nodes: ClaimView[] } }>(
      `{ claims(filter: { speakerId: "person:rex-tillerson" }) { totalCount nodes { ${CLAIM_FIELDS} } } }`,
    );
    const texts = data.claims.nodes.map((claim) => [claim.kind, claim.text]);
    expect(texts).toEqual(
      expect.arrayContaining([
        [
          'QUOTE',
          expect.stringMatching(/^Our meeting today comes at an important moment in our relationship/),
        ],
        ['QUOTE', 'There is a low level of trust between our countries'],
        [
          'QUOTE',
          'Our view is that the reign of the Assad family is coming to an end, and they have again, brought this on themselves',
        ],
        [
          'PARAPHRASE',
          'he did not have "firm information" to indicate any Russian involvement in the attack',
        ],
        [
          'PARAPHRASE',
          'the two countries had agreed to set up a "working group" to coordinate on "smaller issues"',
        ],
        ['PARAPHRASE', expect.stringMatching(/^relations between the two countries are at "a low point"/)],
      ]),
    );
    expect(data.claims.totalCount).toBe(data.claims.nodes.length);
  });

  it('lists everything Lavrov said', async () => {
    const { data } = await api.gql<{ claims: { nodes: ClaimView[] } }>(
      `{ claims(filter: { speakerId: "person:sergey-lavrov" }) { nodes { ${CLAIM_FIELDS} } } }`,
    );
    expect(data.claims.nodes.map((claim) => claim.text).sort()).toEqual([
      'Moscow was hoping to understand Washington\'s "real intentions"',
      'We consider it of utmost importance to prevent the risks of replay of similar action in the future',
      'accusing Washington of behaving unpredictably',
      'denouncing the missile strike on Syria as illegal',
      'the Kremlin considered it "fundamentally important" to prevent more "unlawful" United States strikes against its ally Syria',
    ]);
  });

  it('gives Lavrov his role and aliases', async () => {
    const { data } = await api.gql<{
      entity: { name: string; aliases: string[]; roles: Array<{ title: string; of: { name: string } }> };
    }>(
      '{ entity(id: "person:sergey-lavrov") { name aliases ... on Person { roles { title of { name } } } } }',
    );
    expect(data.entity.name).toBe('Sergey Lavrov');
    expect(data.entity.aliases).toContain('Lavrov');
    expect(data.entity.roles).toEqual([{ title: 'Foreign Minister', of: { name: 'Russia' } }]);
  });

  it('finds the Tillerson-Lavrov talks with their date and participants', async () => {
    const { data } = await api.gql<{
      events: { nodes: Array<{ date: string; participants: Array<{ entity: { name: string } }> }> };
    }>(
      '{ events(filter: { types: [MEETING], participantId: "person:sergey-lavrov" }) { nodes { date participants { entity { name } } } } }',
    );
    expect(data.events.nodes).toHaveLength(1);
    const talks = data.events.nodes[0]!;
    expect(talks.date).toBe('2017-04-12');
    const names = talks.participants.map((participant) => participant.entity.name);
    expect(names).toEqual(expect.arrayContaining(['Rex Tillerson', 'Sergey Lavrov']));
  });

  it('shows the US-Russia bilateral view: their meetings and what each side said about the other', async () => {
    const { data } = await api.gql<{
      bilateral: { events: Array<{ type: string }>; aSaidAboutB: ClaimView[]; bSaidAboutA: ClaimView[] };
    }>(`{ bilateral(a: "country:USA", b: "country:RUS") {
          events { type } aSaidAboutB { ${CLAIM_FIELDS} } bSaidAboutA { ${CLAIM_FIELDS} } } }`);
    const types = data.bilateral.events.map((event) => event.type);
    expect(types.filter((type) => type === 'MEETING')).toHaveLength(2);
    expect(types).toContain('AGREEMENT');
    expect(data.bilateral.aSaidAboutB.map((claim) => claim.speaker?.name)).toEqual(
      expect.arrayContaining(['Donald Trump', 'Rex Tillerson']),
    );
    expect(data.bilateral.bSaidAboutA.map((claim) => claim.text)).toEqual(
      expect.arrayContaining(['accusing Washington of behaving unpredictably']),
    );
    expect(
      data.bilateral.bSaidAboutA.every((claim) =>
        ['Sergey Lavrov', 'Vladimir Putin', 'Russia'].includes(claim.speaker?.name ?? ''),
      ),
    ).toBe(true);
  });

  it('lists the attack among contested events, with the claims on each side', async () => {
    const { data } = await api.gql<{
      contestedEvents: Array<{
        event: { type: string; location: { name: string } };
        asserting: ClaimView[];
        denying: ClaimView[];
      }>;
    }>(
      `{ contestedEvents { event { type location { name } } asserting { ${CLAIM_FIELDS} } denying { ${CLAIM_FIELDS} } } }`,
    );
    expect(data.contestedEvents).toHaveLength(1);
    const [contested] = data.contestedEvents;
    expect(contested?.event).toEqual({ type: 'ATTACK', location: { name: 'Khan Sheikhoun' } });
    expect(contested?.asserting.map((claim) => claim.speaker?.name)).toEqual(['United States']);
    expect(contested?.denying.map((claim) => claim.speaker?.name)).toContain('Russia');
  });

  it('searches names, aliases and claim text', async () => {
    const { data } = await api.gql<{
      search: Array<{ entity: { name: string } | null; claim: { text: string } | null }>;
    }>('{ search(text: "Lavrov") { entity { name } claim { text } } }');
    expect(data.search[0]?.entity?.name).toBe('Sergey Lavrov');
    const sarin = await api.gql<{ search: Array<{ claim: { text: string } | null }> }>(
      '{ search(text: "sarin") { claim { text } } }',
    );
    expect(sarin.data.search.some((hit) => hit.claim?.text.includes('alleged use of sarin'))).toBe(true);
  });

  it('gives a timeline, pages events with a cursor, and connects two entities', async () => {
    const timeline = await api.gql<{
      timeline: Array<{
        date: string | null;
        event: { type: string } | null;
        claim: { text: string } | null;
      }>;
    }>('{ timeline(entityId: "person:sergey-lavrov") { date event { type } claim { text } } }');
    expect(timeline.data.timeline.length).toBeGreaterThan(3);
    const dates = timeline.data.timeline.map((item) => item.date ?? '9999');
    expect([...dates].sort()).toEqual(dates);

    const first = await api.gql<{
      events: { totalCount: number; nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>('{ events(first: 2) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }');
    expect(first.data.events.nodes).toHaveLength(2);
    expect(first.data.events.pageInfo.hasNextPage).toBe(true);
    const rest = await api.gql<{ events: { nodes: unknown[] } }>(
      'query($after: String) { events(first: 100, after: $after) { nodes { id } } }',
      {
        after: first.data.events.pageInfo.endCursor,
      },
    );
    expect(rest.data.events.nodes).toHaveLength(first.data.events.totalCount - 2);

    const path = await api.gql<{
      connection: { length: number; steps: Array<{ via: string | null; entity: { name: string } | null }> };
    }>(
      '{ connection(from: "person:sergey-lavrov", to: "person:rex-tillerson") { length steps { via entity { name } } } }',
    );
    expect(path.data.connection.length).toBe(2);
    expect(path.data.connection.steps[0]?.entity?.name).toBe('Sergey Lavrov');
    expect(path.data.connection.steps[2]?.entity?.name).toBe('Rex Tillerson');
  });

  it.each(['AttackWithClaims', 'UsRussia', 'Contested', 'People'])(
    'runs the GraphiQL example %s against the seeded graph without errors',
    async (operationName) => {
      const response = await api.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: GRAPHIQL_EXAMPLES, operationName }),
      });
      const body = (await response.json()) as { data?: Record<string, unknown[] | object>; errors?: unknown };
      expect(body.errors).toBeUndefined();
      const firstField = Object.values(body.data ?? {})[0];
      expect(JSON.stringify(firstField).length).toBeGreaterThan(20);
    },
  );
});
