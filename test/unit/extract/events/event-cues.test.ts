// Event cues of the news genre, one table per rule: calls, named agreements, day ranges, press, "after a call".

import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers.ts';

const events = (text: string, published = '2019-02-28') =>
  extractText(`Talks\n\n${text}`, published).events.map((e) => ({
    type: e.type,
    date: e.date,
    locationId: e.locationId,
    participantIds: [...e.participantIds].sort(),
  }));

describe('a phone or video call is a meeting of its own, never the summit the same people held', () => {
  it.each([
    [
      'Japanese Prime Minister Taro Sato spoke to reporters after a phone call with French President Marc Dubois.',
      { type: 'MEETING', participantIds: ['person:marc-dubois', 'person:taro-sato'] },
    ],
    [
      'Russian President Ivan Petrov held a video call with French President Marc Dubois on Wednesday.',
      { type: 'MEETING', date: '2019-02-27', participantIds: ['person:ivan-petrov', 'person:marc-dubois'] },
    ],
  ])('%s', (text, expected) => {
    expect(events(text)).toContainEqual(expect.objectContaining(expected));
  });

  it('keeps a call apart from a summit of the same leaders', () => {
    const found = events(
      'French President Marc Dubois met Russian President Ivan Petrov at a summit in Vienna on Wednesday. ' +
        'On Thursday Dubois and Petrov held a phone call.',
    ).filter((e) => e.type === 'MEETING');
    expect(found).toHaveLength(2);
  });
});

describe('a named agreement is an agreement made where its name says', () => {
  it.each([
    ['The Geneva accord will be recorded as a turning point, the minister said.', 'place:geneva'],
    ['Officials praised the March 3 Geneva Agreement on Monday.', 'place:geneva'],
  ])('%s', (text, locationId) => {
    expect(events(text)).toContainEqual(expect.objectContaining({ type: 'AGREEMENT', locationId }));
  });

  it.each([
    ['The deal was signed on Monday.'],
    ['Both sides are in agreement on the need for talks.'],
    ['Iran remains a party to the Non-Proliferation Treaty, officials said.'],
  ])('not a named agreement: %s', (text) => {
    expect(events(text).filter((e) => e.type === 'AGREEMENT' && e.locationId)).toEqual([]);
  });

  it('a document both sides signed is an agreement', () => {
    expect(
      events('"We signed a very detailed document today," French President Marc Dubois said in Vienna.'),
    ).toContainEqual(expect.objectContaining({ type: 'AGREEMENT', date: '2019-02-28' }));
  });
});

describe('a span of days is dated by its last day', () => {
  it.each([
    ['The leaders held talks in Vienna on February 26-27, 2019.', '2019-02-27'],
    ['The leaders held talks in Vienna on 26–27 February.', '2019-02-27'],
  ])('%s', (text, date) => {
    expect(events(text)).toContainEqual(expect.objectContaining({ type: 'MEETING', date }));
  });
});

describe('a leader before the press', () => {
  it.each([
    [
      'Addressing media after the talks, French President Marc Dubois said progress was made.',
      'person:marc-dubois',
    ],
    [
      'Speaking to journalists in Vienna, French President Marc Dubois said progress was made.',
      'person:marc-dubois',
    ],
  ])('%s', (text, person) => {
    expect(events(text)).toContainEqual(
      expect.objectContaining({ type: 'PRESS_CONFERENCE', participantIds: [person] }),
    );
  });
});

describe('a happening told as just before a dated one took place that day', () => {
  it('dates the call by the press briefing after it', () => {
    const found = events(
      'French President Marc Dubois spoke to reporters on Wednesday after a phone call with Russian President Ivan Petrov.',
    );
    expect(found).toContainEqual(expect.objectContaining({ type: 'MEETING', date: '2019-02-27' }));
  });
});

describe('the time of a speech made in an interview is the interview’s', () => {
  it('dates the interview by the day told before "told ... in an interview"', () => {
    const found = events(
      'French President Marc Dubois met reporters in Vienna last week. ' +
        'Earlier in the day, Dubois told the BBC broadcaster in an interview that talks would go on.',
    );
    expect(found).toContainEqual(expect.objectContaining({ type: 'INTERVIEW', date: '2019-02-28' }));
  });
});

describe('an invitation to visit is not (yet) a visit', () => {
  it.each([
    'The two leaders accepted invitations to visit Paris and Moscow.',
    'French President Marc Dubois was invited to visit Moscow.',
  ])('%s', (text) => {
    expect(events(text).filter((e) => e.type === 'MEETING')).toEqual([]);
  });
});

describe('a city-state named as a dateline places the day’s gatherings', () => {
  it.each([
    ['Singapore, February 28: French President Marc Dubois met Russian President Ivan Petrov on Thursday.'],
    ['Singapore: French President Marc Dubois met Russian President Ivan Petrov on Thursday.'],
  ])('%s', (text) => {
    expect(events(text)).toContainEqual(
      expect.objectContaining({ type: 'MEETING', locationId: 'country:SGP' }),
    );
  });

  it('a country opening a sentence is not a dateline', () => {
    const found = events(
      'Singapore said French President Marc Dubois met Russian President Ivan Petrov on Thursday.',
    );
    expect(found.filter((e) => e.locationId === 'country:SGP')).toEqual([]);
  });
});
