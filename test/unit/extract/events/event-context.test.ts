// Event place, date and participants read from the article around the trigger: datelines, hosts, the news
// day, speakers and clauses that are not attendees. Sentences written for these tests.

import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../../src/model/extraction.ts';
import { extractSeed, extractText } from '../helpers.ts';

const eventsOf = (x: Extraction, type: string) => x.events.filter((e) => e.type === type);
const eventOf = (x: Extraction, type: string) => eventsOf(x, type)[0];
const people = (x: Extraction, type: string) =>
  eventsOf(x, type).map((e) => e.participants.map((p) => `${p.entityId}/${p.role}`));

describe('event place', () => {
  it('takes the dateline city for the day’s meetings and news conferences, also when not a capital', () => {
    const x = extractText(
      'T\n\nGENEVA — The foreign ministers of Iran and France met on Friday to discuss the nuclear deal.\n\nLater they held a joint news conference.',
      '2017-04-08',
    );
    expect(eventsOf(x, 'MEETING')[0]).toMatchObject({ date: '2017-04-07', locationId: 'place:geneva' });
    expect(eventsOf(x, 'PRESS_CONFERENCE')[0]).toMatchObject({ locationId: 'place:geneva' });
  });

  it('places talks on the host’s ground when a host greets a guest and no dateline is given', () => {
    const x = extractText(
      'T\n\nForeign Minister Sergey Lavrov met Secretary of State Rex Tillerson on Wednesday.\n\nLavrov greeted Tillerson with cold remarks.',
    );
    expect(eventsOf(x, 'MEETING')[0]).toMatchObject({ date: '2017-04-12', locationId: 'place:moscow' });
    expect(x.entities.find((e) => e.id === 'place:moscow')).toMatchObject({ type: 'Place', name: 'Moscow' });
  });

  it('gives no host place when the welcome is only quoted or there is no welcome', () => {
    const x = extractText(
      'T\n\nForeign Minister Sergey Lavrov met Secretary of State Rex Tillerson on Wednesday.',
    );
    expect(eventsOf(x, 'MEETING')[0]?.locationId).toBeNull();
  });

  it('locates the day’s talks and briefing of a visitor in the city he arrived in', () => {
    const x = extractText(
      'T\n\nSecretary of State Rex Tillerson arrived in Kyiv on Wednesday for talks with the president.\n\n"We are committed to diplomacy," Tillerson told reporters after the talks.',
    );
    expect(eventOf(x, 'MEETING')).toMatchObject({ date: '2017-04-12', locationId: 'place:kyiv' });
    expect(eventOf(x, 'PRESS_CONFERENCE')).toMatchObject({ date: '2017-04-12', locationId: 'place:kyiv' });
  });

  it('reads a capital after "visits" as the city', () => {
    const x = extractText('Tillerson visits Kyiv amid tensions\n\nThe talks were held on Wednesday.');
    expect(x.entities.find((e) => e.id === 'place:kyiv')).toBeDefined();
  });

  it('locates a summons at a state organ in that state', () => {
    const x = extractText(
      "T\n\nThe French ambassador was summoned to Iran's foreign ministry on Monday.",
      '2017-04-12',
    );
    expect(eventsOf(x, 'MEETING')[0]).toMatchObject({ date: '2017-04-10', locationId: 'country:IRN' });
  });

  it('locates the seed’s talks, meeting and news conference in Moscow, on the day of the talks', () => {
    const x = extractSeed();
    for (const e of [...eventsOf(x, 'MEETING'), ...eventsOf(x, 'PRESS_CONFERENCE')]) {
      expect(e.locationId).toBe('place:moscow');
      expect(e.date).toBe('2017-04-12');
    }
  });
});

describe('event participants', () => {
  it('lists the seed meetings’ named attendees, not "the Trump administration" or "Russian leaders"', () => {
    const x = extractSeed();
    for (const ids of eventsOf(x, 'MEETING').map((e) => e.participantIds)) {
      expect(ids).toContain('person:rex-tillerson');
      expect(ids).not.toContain('person:donald-trump');
      expect(ids).not.toContain('country:RUS');
    }
  });

  it('reads perpetrator and target of strikes', () => {
    const x = extractText('T\n\nUS strikes against Syria destroyed an air base.');
    expect(people(x, 'MILITARY_STRIKE')).toEqual([['country:USA/PERPETRATOR', 'country:SYR/TARGET']]);
  });

  it('reads the agent after "by", and not the state that reported it', () => {
    const x = extractText(
      'T\n\nTurkey said an air strike by Syrian government forces hit a convoy near Idlib.',
    );
    expect(people(x, 'MILITARY_STRIKE')).toEqual([['country:SYR/PERPETRATOR']]);
  });

  it('does not make the speaker of a reported agreement a party to it', () => {
    const x = extractText(
      'T\n\nSecretary of State Rex Tillerson said the two countries had agreed to set up a working group.\n\nIt was the first visit by a US official to Russia this year.',
    );
    const ids = eventsOf(x, 'AGREEMENT')[0]?.participantIds ?? [];
    expect(ids).not.toContain('person:rex-tillerson');
  });

  it('leaves out people named in a time clause or in what was said', () => {
    const x = extractText(
      'T\n\nChinese and American officials held talks in Anchorage since President Joe Biden took office.\n\nIn an interview on Tuesday, Putin said that Donald Trump had failed.',
    );
    expect(eventsOf(x, 'MEETING')[0]?.participantIds).not.toContain('person:joe-biden');
    expect(eventsOf(x, 'INTERVIEW')[0]?.participantIds).toEqual(['person:vladimir-putin']);
  });

  it('leaves out a state named in an "as" clause and the body that only commented on the meeting', () => {
    const x = extractText(
      "T\n\nTillerson held talks with Lavrov in Moscow on Wednesday. The meeting came as Russia massed troops near the border.\n\nUkraine's foreign ministry said in a statement that the meeting was productive.",
    );
    expect(eventOf(x, 'MEETING')?.participantIds.sort()).toEqual([
      'person:rex-tillerson',
      'person:sergey-lavrov',
    ]);
  });

  it('counts the states of "the foreign ministers of X and Y" and keeps other talks apart', () => {
    const x = extractText(
      'T\n\nThe foreign ministers of Iran and France met in Paris on Friday. Russia and Ukraine held talks in Minsk last week.',
      '2017-04-08',
    );
    expect(eventsOf(x, 'MEETING').map((e) => [e.locationId, e.participantIds.sort()])).toEqual([
      ['place:paris', ['country:FRA', 'country:IRN']],
      ['place:minsk', ['country:RUS', 'country:UKR']],
    ]);
  });
});

describe('event dates', () => {
  it.each([
    ['a date after the place', 'A bombing in the town of Aleppo on Tuesday killed 12 people.', '2017-04-11'],
    ['a day before the month', 'A bombing in the town of Aleppo on 4 March killed 12 people.', '2017-03-04'],
    ['"earlier Wednesday"', 'An air strike hit Idlib earlier Wednesday.', '2017-04-12'],
    ['"yesterday"', 'A bombing in the town of Aleppo yesterday killed 12 people.', '2017-04-11'],
    ['"last week" gives no day', 'A bombing in the town of Aleppo last week killed 12 people.', null],
  ])('reads %s', (_name, sentence, date) => {
    const x = extractText(`T\n\n${sentence}`);
    expect(x.events[0]?.date).toBe(date);
  });

  it('dates the lead’s event by the news day, and an undated news conference by the talks of the same people', () => {
    const x = extractText(
      'T\n\nRussia is to expel 23 British diplomats.\n\nForeign Minister Sergey Lavrov met Secretary of State Rex Tillerson on Tuesday. Tillerson and Lavrov later held a joint news conference.',
    );
    expect(eventsOf(x, 'EXPULSION')[0]?.date).toBe('2017-04-12');
    expect(eventsOf(x, 'PRESS_CONFERENCE')[0]?.date).toBe('2017-04-11');
  });

  it('prefers a figure to a count in words for the dead', () => {
    const x = extractText(
      'Bombing kills dozens in Aleppo\n\nA bombing in Aleppo on Tuesday killed 31 people.',
    );
    expect(x.events[0]).toMatchObject({ killed: 31, date: '2017-04-11' });
  });
});
