// Event resolution rules (pure): which reports of different articles are one real event, and which are not.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterEventReports } from '../../../src/graph/resolution/cluster-event-reports.ts';
import type { EventReport } from '../../../src/graph/resolution/event-report.ts';
import { profileOf } from '../../../src/graph/resolution/event-profile.ts';
import { scoreEventMatch } from '../../../src/graph/resolution/score-event-match.ts';

const SYRIA = ['country:SYR'];
const IDLIB = ['place:idlib', 'country:SYR'];
const TOWN = ['place:khan-sheikhoun', 'place:idlib', 'country:SYR'];
const ALEPPO = ['place:aleppo', 'country:SYR'];

function report(articleId: string, facts: Partial<EventReport>): EventReport {
  return {
    articleId,
    key: facts.key ?? `${facts.type ?? 'ATTACK'}|${facts.date ?? ''}|${facts.places?.[0] ?? ''}`,
    type: 'ATTACK',
    label: '',
    date: null,
    published: '2017-04-12',
    places: [],
    placeWeak: false,
    participantIds: [],
    participantRoles: [],
    people: [],
    killed: null,
    injured: null,
    pin: null,
    ...facts,
  };
}

const score = (a: EventReport, b: EventReport) => scoreEventMatch(profileOf([a]), profileOf([b]));

describe('scoreEventMatch', () => {
  it.each<[string, Partial<EventReport>, Partial<EventReport>, boolean]>([
    ['same day, same town', { date: '2017-04-04', places: TOWN }, { date: '2017-04-04', places: TOWN }, true],
    [
      'undated in the country, dated in a town inside it',
      { places: SYRIA },
      { date: '2017-04-04', places: TOWN },
      true,
    ],
    [
      'a town inside a province',
      { date: '2017-04-04', places: IDLIB },
      { date: '2017-04-05', places: TOWN },
      true,
    ],
    [
      'two towns of one country',
      { date: '2017-04-04', places: ALEPPO },
      { date: '2017-04-04', places: TOWN },
      false,
    ],
    ['other types', { type: 'ATTACK', places: TOWN }, { type: 'MILITARY_STRIKE', places: TOWN }, false],
    ['dated a week apart', { date: '2017-04-04', places: TOWN }, { date: '2017-04-11', places: TOWN }, false],
    [
      'undated, but the event is after publication',
      { published: '2017-03-01', places: TOWN },
      { date: '2017-04-04', places: TOWN },
      false,
    ],
    ['same day, nothing else in common', { date: '2017-04-04' }, { date: '2017-04-04' }, false],
    [
      'meetings with different people on one day',
      {
        type: 'MEETING',
        date: '2017-04-12',
        participantIds: ['person:a', 'person:b'],
        people: ['person:a', 'person:b'],
      },
      { type: 'MEETING', date: '2017-04-12', participantIds: ['person:c'], people: ['person:c'] },
      false,
    ],
    [
      'an undated summit and a dated one with the same leaders',
      {
        type: 'MEETING',
        published: '2018-06-14',
        participantIds: ['person:a', 'person:b'],
        people: ['person:a', 'person:b'],
      },
      {
        type: 'MEETING',
        date: '2018-06-12',
        places: ['country:SGP'],
        participantIds: ['person:a', 'person:b'],
        people: ['person:a', 'person:b'],
      },
      true,
    ],
    [
      'an agreement placed in the country that signed it, and the same agreement where it was signed',
      {
        type: 'AGREEMENT',
        date: '2018-06-12',
        places: ['country:X'],
        placeWeak: true,
        participantIds: ['country:X', 'person:a'],
      },
      {
        type: 'AGREEMENT',
        date: '2018-06-12',
        places: ['country:Y'],
        participantIds: ['person:a', 'person:b'],
        people: ['person:a', 'person:b'],
      },
      true,
    ],
    [
      'one agreement, one report naming its parties and the other a leader who praised it',
      {
        type: 'AGREEMENT',
        date: '2018-06-12',
        places: ['country:Y'],
        participantIds: ['person:c'],
        people: ['person:c'],
      },
      {
        type: 'AGREEMENT',
        date: '2018-06-12',
        places: ['country:Y'],
        participantIds: ['person:a', 'person:b'],
        people: ['person:a', 'person:b'],
      },
      true,
    ],
    [
      'two agreements in different countries, neither place an actor of it',
      { type: 'AGREEMENT', date: '2018-06-12', places: ['country:X'], participantIds: ['person:a'] },
      { type: 'AGREEMENT', date: '2018-06-12', places: ['country:Y'], participantIds: ['person:a'] },
      false,
    ],
  ])('%s', (_name, a, b, joins) => {
    const match = score(report('a1', a), report('a2', b));
    expect(match !== null && match.score >= 1.5).toBe(joins);
  });

  it('never joins two reports of one article', () => {
    expect(
      score(
        report('a1', { date: '2017-04-04', places: TOWN, key: 'x' }),
        report('a1', { date: '2017-04-04', places: TOWN, key: 'y' }),
      ),
    ).toBeNull();
  });
});

describe('clusterEventReports', () => {
  const attack = [
    report('a', { date: '2017-04-04', places: TOWN, published: '2017-04-05' }),
    report('b', { places: SYRIA, published: '2017-04-12' }),
    report('c', { date: '2017-04-05', places: IDLIB, published: '2017-04-06' }),
    report('d', { type: 'MILITARY_STRIKE', date: '2017-04-07', places: ['place:shayrat', 'country:SYR'] }),
  ];
  const placed = attack.map((r) => ({ report: r, eventId: null }));

  it('groups the reports of one attack and keeps the strike apart', () => {
    const { events } = clusterEventReports(placed, false);
    expect(events.map((e) => e.reports.map((r) => r.articleId).sort())).toEqual([['a', 'b', 'c'], ['d']]);
    expect(events[0]!.profile.places[0]).toBe('place:khan-sheikhoun');
    expect(events[0]!.profile.date).toBe('2017-04-04');
  });

  it('does not guess between two events that fit equally, and records both fits', () => {
    const meeting = (article: string, people: string[], key = 'm') =>
      report(article, { key, type: 'MEETING', date: '2017-04-12', participantIds: people, people });
    const result = clusterEventReports(
      [
        meeting('x', ['person:t', 'person:l'], 'talks'),
        meeting('x', ['person:t', 'person:p'], 'audience'),
        meeting('y', ['person:t', 'person:l', 'person:p']),
      ].map((r) => ({ report: r, eventId: null })),
      false,
    );
    expect(result.events).toHaveLength(3);
    expect(result.nearMisses).toHaveLength(2);
  });

  it('gives the same grouping and ids whatever the order of the reports', () => {
    const signature = (order: typeof placed) =>
      clusterEventReports(order, false)
        .events.map(
          (e) =>
            `${e.id}:${e.reports
              .map((r) => r.articleId)
              .sort()
              .join(',')}`,
        )
        .sort();
    const expected = signature(placed);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(placed, { minLength: placed.length, maxLength: placed.length }),
        (order) => {
          expect(signature(order)).toEqual(expected);
        },
      ),
    );
  });

  it('keeps existing events whole when asked to, and only places new reports', () => {
    const existing = [
      { report: report('a', { date: '2017-04-04', places: TOWN }), eventId: 'ev_one' },
      { report: report('c', { date: '2017-04-04', places: TOWN }), eventId: 'ev_two' },
    ];
    const fresh = { report: report('b', { date: '2017-04-04', places: ALEPPO }), eventId: null };
    const { events } = clusterEventReports([...existing, fresh], true);
    expect(events.map((e) => [e.id, e.reports.map((r) => r.articleId)])).toEqual([
      ['ev_one', ['a']],
      [expect.stringMatching(/^ev_/), ['b']],
      ['ev_two', ['c']],
    ]);
    // Regrouped from scratch, the two reports of one attack become one event.
    expect(clusterEventReports([...existing, fresh], false).events).toHaveLength(2);
  });
});
