// Events from sentences written for these tests: types, dates, places, participants, casualties, coreference.

import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers.ts';

describe('events', () => {
  it('reads an attack with date, place and death toll, and folds later mentions into it', () => {
    const x = extractText(
      'T\n\nOn April 4, a chemical attack hit the town of Khan Sheikhoun, killing 12 people. The attack was condemned.',
    );
    const attacks = x.events.filter((e) => e.type === 'ATTACK');
    expect(attacks).toHaveLength(1);
    expect(attacks[0]).toMatchObject({ date: '2017-04-04', locationId: 'place:khan-sheikhoun', killed: 12 });
    expect(attacks[0]!.mentions).toHaveLength(2);
  });

  it('reads a meeting with its attendees and a weekday date', () => {
    const x = extractText('T\n\nTillerson met Lavrov in Moscow on Wednesday.');
    expect(x.events).toContainEqual(
      expect.objectContaining({
        type: 'MEETING',
        date: '2017-04-12',
        locationId: 'place:moscow',
        participantIds: ['person:rex-tillerson', 'person:sergey-lavrov'],
      }),
    );
  });

  it('keeps two expulsions apart when expeller and expelled swap', () => {
    const x = extractText(
      'T\n\nRussia is to expel 23 British diplomats. Britain decided last week to expel 23 Russian diplomats.',
    );
    const expulsions = x.events.filter((e) => e.type === 'EXPULSION');
    expect(expulsions.map((e) => e.participants)).toEqual([
      [
        { entityId: 'country:RUS', role: 'PERPETRATOR' },
        { entityId: 'country:GBR', role: 'TARGET' },
      ],
      [
        { entityId: 'country:GBR', role: 'PERPETRATOR' },
        { entityId: 'country:RUS', role: 'TARGET' },
      ],
    ]);
  });

  it('gives no date when the text gives no day', () => {
    const x = extractText('T\n\nA missile strike on Syria last week destroyed a base.');
    expect(x.events).toContainEqual(
      expect.objectContaining({ type: 'MILITARY_STRIKE', date: null, locationId: 'country:SYR' }),
    );
  });

  it('builds a cross-article key from type, date, place and participants', () => {
    const x = extractText('T\n\nTillerson met Lavrov in Moscow on Wednesday.');
    expect(x.events[0]!.key).toBe(
      'MEETING|2017-04-12|place:moscow|person:rex-tillerson+person:sergey-lavrov',
    );
  });
});
