// Event cues for happenings analysts expect as nodes: leaving an agreement, sanctions, strikes and talks told by a verb.

import { describe, expect, it } from 'vitest';
import type { EventType } from '../../../../src/model/extraction.ts';
import { extractText } from '../helpers.ts';

const events = (text: string) =>
  extractText(`Briefing\n\n${text}`, '2019-02-28').events.map((e) => ({
    type: e.type,
    date: e.date,
    participantIds: [...e.participantIds].sort(),
  }));

/** Each sentence yields an event of this type with the expected date and participants (when given). */
function found(type: EventType, rows: [string, Partial<ReturnType<typeof events>[number]>][]) {
  it.each(rows)('%s', (text, expected) => {
    expect(events(text)).toContainEqual(expect.objectContaining({ type, ...expected }));
  });
}

/** No sentence yields an event of this type. */
function notFound(type: EventType, rows: string[]) {
  it.each(rows)(`not ${type}: %s`, (text) => {
    expect(events(text).filter((e) => e.type === type)).toEqual([]);
  });
}

describe('leaving an agreement or a body is a happening of its own (OTHER)', () => {
  found('OTHER', [
    [
      'The United States withdrew from the nuclear deal on Tuesday.',
      { date: '2019-02-26', participantIds: ['country:USA'] },
    ],
    ['Washington pulled out of the arms control treaty on Friday, officials said.', { date: '2019-02-22' }],
    ['Brazil quit the climate accord on Wednesday.', { date: '2019-02-27', participantIds: ['country:BRA'] }],
    ['Hungary exited the migration pact on Monday.', { date: '2019-02-25', participantIds: ['country:HUN'] }],
  ]);
  notFound('OTHER', [
    'France threatened to withdraw from the agreement.',
    "Japan didn't withdraw from the convention.",
    'Iran had withdrawn the accreditation of several inspectors on Monday.',
    'The withdrawal of troops under the deal began on Monday.',
    'American troops withdrew from the border town after the deal on Monday.',
    'The minister left the meeting early on Wednesday.',
  ]);
  // Walking out of talks stays the talks.
  found('MEETING', [['The United States walked out of the talks with North Korea on Thursday.', {}]]);
});

describe('sanctions told by a verb are imposed sanctions', () => {
  found('SANCTION', [
    ['The United States sanctioned five officials on Tuesday.', { participantIds: ['country:USA'] }],
    ['Britain blacklisted two Iranian banks on Tuesday.', { participantIds: ['country:GBR'] }],
    [
      'Canada imposed travel bans on ten Venezuelan officials on Monday.',
      { participantIds: ['country:CAN', 'country:VEN'] },
    ],
    [
      'The European Union imposed an arms embargo on Belarus on Monday.',
      { participantIds: ['country:BLR', 'org:eu'] },
    ],
  ]);
  notFound('SANCTION', [
    'The UN-sanctioned talks resumed in Geneva on Monday.',
    'Workers staged strikes in Paris on Monday.',
  ]);
});

describe('strikes told by what was done or what was hit', () => {
  found('MILITARY_STRIKE', [
    [
      'Israel carried out strikes on targets in Syria on Monday.',
      { participantIds: ['country:ISR', 'country:SYR'] },
    ],
    ['Turkey launched strikes against armed groups in Iraq on Sunday.', { participantIds: ['country:TUR'] }],
    [
      'The United States struck targets in Iraq on Friday.',
      { participantIds: ['country:IRQ', 'country:USA'] },
    ],
    ['Russian forces shelled positions near Kharkiv on Tuesday.', { participantIds: ['country:RUS'] }],
  ]);
  notFound('MILITARY_STRIKE', [
    'Prisoners launched a hunger strike on Monday.',
    'Unions launched a general strike in Paris on Monday.',
    'Negotiators struck a deal in Vienna on Monday.',
  ]);
});

describe('negotiations opened or taken up again are talks', () => {
  found('MEETING', [
    ['Iran and Saudi Arabia resumed negotiations in Baghdad on Monday.', { date: '2019-02-25' }],
    ['Serbia and Kosovo began consultations in Brussels on Tuesday.', { date: '2019-02-26' }],
  ]);
});
