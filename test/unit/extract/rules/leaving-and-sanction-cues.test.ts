// Event cues for leaving an agreement or a body (OTHER) and for sanctions told by a verb, one table per rule.

import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers.ts';

const events = (text: string) =>
  extractText(`Briefing\n\n${text}`, '2019-02-28').events.map((e) => ({
    type: e.type,
    date: e.date,
    participantIds: [...e.participantIds].sort(),
  }));

describe('leaving an agreement or a body is a happening of its own', () => {
  it.each([
    ['The United States withdrew from the nuclear deal on Tuesday.', '2019-02-26', ['country:USA']],
    [
      'Washington pulled out of the arms control treaty on Friday, officials said.',
      '2019-02-22',
      ['country:USA'],
    ],
    ['Brazil quit the climate accord on Wednesday.', '2019-02-27', ['country:BRA']],
    ['Hungary exited the migration pact on Monday.', '2019-02-25', ['country:HUN']],
  ])('%s', (text, date, participantIds) => {
    expect(events(text)).toContainEqual({ type: 'OTHER', date, participantIds });
  });

  it.each([
    ['France threatened to withdraw from the agreement.'],
    ["Japan didn't withdraw from the convention."],
    ['Iran had withdrawn the accreditation of several inspectors on Monday.'],
    ['The withdrawal of troops under the deal began on Monday.'],
    ['American troops withdrew from the border town after the deal on Monday.'],
    ['The minister left the meeting early on Wednesday.'],
  ])('not a withdrawal: %s', (text) => {
    expect(events(text).filter((e) => e.type === 'OTHER')).toEqual([]);
  });

  it('walking out of talks stays the talks', () => {
    expect(events('The United States walked out of the talks with North Korea on Thursday.')).toContainEqual(
      expect.objectContaining({ type: 'MEETING' }),
    );
  });
});

describe('sanctions told by a verb are imposed sanctions', () => {
  it.each([
    ['The United States sanctioned five officials on Tuesday.', ['country:USA']],
    ['Britain blacklisted two Iranian banks on Tuesday.', ['country:GBR']],
    ['Canada imposed travel bans on ten Venezuelan officials on Monday.', ['country:CAN', 'country:VEN']],
    ['The European Union imposed an arms embargo on Belarus on Monday.', ['country:BLR', 'org:eu']],
  ])('%s', (text, participantIds) => {
    expect(events(text)).toContainEqual(expect.objectContaining({ type: 'SANCTION', participantIds }));
  });

  it.each([
    ['The UN-sanctioned talks resumed in Geneva on Monday.'],
    ['Workers staged strikes in Paris on Monday.'],
  ])('not a sanction: %s', (text) => {
    expect(events(text).filter((e) => e.type === 'SANCTION')).toEqual([]);
  });
});
