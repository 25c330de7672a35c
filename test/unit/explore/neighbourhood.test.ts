// The explorer's neighbourhood builder: labelled edges, the centre kept, bounds and "more" honoured.

import { describe, expect, it } from 'vitest';
import {
  claimNeighbourhood,
  distances,
  entityNeighbourhood,
  eventNeighbourhood,
  mergeNeighbourhoods,
  type Bounds,
} from '../../../src/api/explore/client/neighbourhood.ts';
import type {
  ClaimCard,
  EntityRef,
  EntityView,
  EventDetail,
  EventSummary,
} from '../../../src/api/explore/client/types.ts';

const lavrov: EntityRef = { id: 'person:lavrov', name: 'Lavrov', type: 'Person' };
const tillerson: EntityRef = { id: 'person:tillerson', name: 'Tillerson', type: 'Person' };
const moscow: EntityRef = { id: 'place:moscow', name: 'Moscow', type: 'Place' };
const russia: EntityRef = { id: 'country:RUS', name: 'Russia', type: 'Country' };

const talks: EventSummary = {
  id: 'ev1',
  type: 'MEETING',
  label: 'meeting at Moscow (Tillerson, Lavrov)',
  date: '2017-04-12',
  location: moscow,
  participants: [
    { role: 'ATTENDEE', entity: tillerson },
    { role: 'ATTENDEE', entity: lavrov },
  ],
};

const claim = (
  id: string,
  speaker: EntityRef | null,
  about: EntityRef[],
  stance: ClaimCard['stance'] = null,
): ClaimCard => ({
  id,
  text: `claim ${id}`,
  kind: 'PARAPHRASE',
  stance,
  publishedAt: '2017-04-12',
  speaker,
  aboutEvents: [],
  aboutEntities: about,
});

const page = <T>(nodes: T[], totalCount = nodes.length) => ({ totalCount, nodes });

const view = (over: Partial<EntityView> = {}): EntityView => ({
  entity: { ...lavrov, aliases: [], wikidataId: null },
  took: page([talks]),
  at: page([]),
  said: page([claim('c1', lavrov, [russia])]),
  about: page([claim('c2', tillerson, [lavrov])]),
  ...over,
});

const WIDE: Bounds = { events: 10, claims: 10, entities: 10 };
const triples = (n: ReturnType<typeof entityNeighbourhood>) =>
  n.edges.map((edge) => `${edge.source} -${edge.label}-> ${edge.target}`).sort();

describe('entityNeighbourhood', () => {
  it('puts the entity in the middle with its events, counterparts and claims, edges labelled', () => {
    const result = entityNeighbourhood(view(), WIDE);
    expect(result.center).toBe('person:lavrov');
    expect(triples(result)).toEqual([
      'claim/c1 -about-> country:RUS',
      'claim/c1 -said by-> person:lavrov',
      'claim/c2 -about-> person:lavrov',
      'claim/c2 -said by-> person:tillerson',
      'event/ev1 -place-> place:moscow',
      'person:lavrov -attendee-> event/ev1',
      'person:tillerson -attendee-> event/ev1',
    ]);
    expect(result.nodes.find((node) => node.key === 'event/ev1')?.label).toBe(
      'meeting at Moscow · 2017-04-12',
    );
    expect(result.more).toBe(false);
  });

  it('keeps the best-connected counterparts within the bound and says there is more', () => {
    const result = entityNeighbourhood(view(), { events: 10, claims: 10, entities: 1 });
    // Tillerson is tied in twice (the talks and his claim); Russia and Moscow once.
    expect(result.nodes.filter((n) => n.kind !== 'Event' && n.kind !== 'Claim').map((n) => n.key)).toEqual([
      'person:lavrov',
      'person:tillerson',
    ]);
    expect(result.edges.every((edge) => result.nodes.some((node) => node.key === edge.target))).toBe(true);
    expect(result.more).toBe(true);
  });

  it('says there is more when the API counted more than it sent', () => {
    expect(entityNeighbourhood(view({ took: page([talks], 40) }), WIDE).more).toBe(true);
  });

  it('never draws more than the bounds, whatever the lists hold', () => {
    for (let count = 0; count <= 30; count += 1) {
      for (let bound = 1; bound <= 5; bound += 1) {
        const claims = Array.from({ length: count }, (_, i) =>
          claim(`c${i}`, lavrov, [{ id: `country:X${i}`, name: `X${i}`, type: 'Country' }]),
        );
        const result = entityNeighbourhood(view({ said: page(claims) }), {
          events: bound,
          claims: bound,
          entities: bound,
        });
        const kinds = (kind: string) => result.nodes.filter((node) => node.kind === kind).length;
        expect(kinds('Claim')).toBeLessThanOrEqual(bound * 2);
        expect(kinds('Event')).toBeLessThanOrEqual(bound);
        expect(kinds('Country') + kinds('Person') + kinds('Place')).toBeLessThanOrEqual(bound + 1);
        // More when claims were cut, or Tillerson, Moscow and the shown claims' countries do not all fit.
        expect(result.more).toBe(count > bound || 2 + Math.min(count, bound) > bound);
      }
    }
  });
});

describe('eventNeighbourhood', () => {
  it('ties each claim to the event, asserting and denying ones first', () => {
    const event: EventDetail = {
      ...talks,
      killed: null,
      injured: null,
      contested: true,
      sources: [],
      asserting: [claim('a', russia, [], 'ASSERTS')],
      denying: [claim('d', tillerson, [], 'DENIES')],
      claims: [
        claim('x', lavrov, []),
        claim('a', russia, [], 'ASSERTS'),
        claim('d', tillerson, [], 'DENIES'),
      ],
    };
    const result = eventNeighbourhood(event, { events: 1, claims: 2, entities: 10 });
    expect(result.nodes.filter((node) => node.kind === 'Claim').map((node) => node.id)).toEqual(['a', 'd']);
    expect(triples(result)).toContain('claim/a -about-> event/ev1');
    expect(triples(result)).toContain('claim/d -said by-> person:tillerson');
    expect(result.more).toBe(true);
  });
});

describe('mergeNeighbourhoods and distances', () => {
  it('expanding adds the new neighbours once and keeps the first centre', () => {
    const first = entityNeighbourhood(view(), WIDE);
    const second = claimNeighbourhood({
      ...claim('c2', tillerson, [lavrov, russia]),
      provenance: {
        start: 0,
        end: 1,
        sentenceIndex: 0,
        sentence: 'x',
        article: { id: 'a', title: 't', url: null, publishedAt: null, source: null, text: 'x' },
      },
    });
    const merged = mergeNeighbourhoods(first, second);
    expect(merged.center).toBe('person:lavrov');
    expect(new Set(merged.nodes.map((n) => n.key)).size).toBe(merged.nodes.length);
    expect(triples(merged)).toContain('claim/c2 -about-> country:RUS');
    const hops = distances(merged);
    expect(hops.get('person:lavrov')).toBe(0);
    expect(hops.get('event/ev1')).toBe(1);
    expect(hops.get('place:moscow')).toBe(2);
  });
});
