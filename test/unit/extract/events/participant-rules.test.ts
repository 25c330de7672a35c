// The participant rules (lexicon/participant-rules-*), one row per rule: a sentence, who took part and who did not.

import { describe, expect, it } from 'vitest';
import { PARTICIPANT_RULES } from '../../../../src/extract/events/read-participants.ts';
import { ATTENDEE_RULES } from '../../../../src/extract/lexicon/participant-rules-attendee.ts';
import { extractText, unpinned } from '../helpers.ts';

type Row = [rule: string, body: string, type: string, has: Record<string, string>, lacks: string[]];

/** Participants of the article's events of `type`, id -> role, all events together. */
function participantsOf(body: string, type: string): Record<string, string> {
  const x = extractText(`Talks\n\n${body}`, '2019-02-28');
  const out: Record<string, string> = {};
  for (const e of x.events.filter((e) => e.type === type))
    for (const p of e.participants) out[p.entityId] = p.role;
  return out;
}

const ROWS: Row[] = [
  // How an event's participants are read, by its type.
  [
    'named-victim-of-attack',
    'Police are investigating the attack on Oleg Varna, 54, in Riga.',
    'ATTACK',
    { 'person:oleg-varna': 'TARGET' },
    [],
  ],
  [
    'meddler-and-meddled',
    "French officials condemned Russia's meddling in French elections on Monday.",
    'ELECTION_INTERFERENCE',
    { 'country:RUS': 'PERPETRATOR', 'country:FRA': 'TARGET' },
    [],
  ],
  [
    'expeller-and-expelled',
    'Russia expelled 23 British diplomats on Monday.',
    'EXPULSION',
    { 'country:RUS': 'PERPETRATOR', 'country:GBR': 'TARGET' },
    [],
  ],
  [
    'perpetrator-and-target',
    'The United States launched air strikes on Syria on Friday.',
    'MILITARY_STRIKE',
    { 'country:USA': 'PERPETRATOR', 'country:SYR': 'TARGET' },
    [],
  ],
  [
    'attendees',
    'Russian envoy Oleg Varna met Latvian envoy Ivars Kalns in Vienna on Monday.',
    'MEETING',
    { 'person:oleg-varna': 'ATTENDEE', 'person:ivars-kalns': 'ATTENDEE' },
    [],
  ],
  // Whether one mention of a gathering's sentence took part.
  [
    'inside-a-quotation',
    'Russian envoy Oleg Varna met reporters in Vienna on Monday and said "Latvia is next."',
    'MEETING',
    { 'person:oleg-varna': 'ATTENDEE' },
    ['country:LVA'],
  ],
  [
    'in-another-clause',
    'Russian envoy Oleg Varna held talks in Vienna on Monday before Latvia joined.',
    'MEETING',
    { 'person:oleg-varna': 'ATTENDEE' },
    ['country:LVA'],
  ],
  [
    'person-naming-a-body',
    'Russian envoy Oleg Varna met an emissary of the Trump administration in Vienna.',
    'MEETING',
    { 'person:oleg-varna': 'ATTENDEE' },
    ['person:donald-trump'],
  ],
  [
    'person',
    'Russian envoy Oleg Varna met Latvian envoy Ivars Kalns on Monday.',
    'MEETING',
    { 'person:ivars-kalns': 'ATTENDEE' },
    [],
  ],
  [
    'organization',
    'Russian envoy Oleg Varna met NATO officials in Vienna on Monday.',
    'MEETING',
    { 'org:nato': 'ATTENDEE' },
    [],
  ],
  [
    'state-as-topic',
    'Russian envoy Oleg Varna held talks over Syria in Vienna on Monday.',
    'MEETING',
    { 'person:oleg-varna': 'ATTENDEE' },
    ['country:SYR'],
  ],
  [
    'state-in-a-person-phrase',
    'Russian envoy Oleg Varna met Latvian envoy Ivars Kalns on Monday.',
    'MEETING',
    {},
    ['country:RUS', 'country:LVA'],
  ],
  [
    'state-owning-an-organ',
    "Latvian envoy Ivars Kalns met Russia's foreign ministry in Vienna on Monday.",
    'MEETING',
    {},
    ['country:RUS'],
  ],
  [
    'state',
    'Russia and Latvia held talks in Vienna on Monday.',
    'MEETING',
    { 'country:RUS': 'ATTENDEE', 'country:LVA': 'ATTENDEE' },
    [],
  ],
];

describe('the participant reader: who took part in an event, by the first participant rule that applies', () => {
  it.each(ROWS)('%s: %s', (_rule, body, type, has, lacks) => {
    const found = participantsOf(body, type);
    expect(found).toMatchObject(has);
    for (const id of lacks) expect(found).not.toHaveProperty([id]);
  });

  it('every participant rule has a row', () => {
    const pinned = ROWS.map(([rule]) => rule);
    expect([...unpinned(PARTICIPANT_RULES, pinned), ...unpinned(ATTENDEE_RULES, pinned)]).toEqual([]);
  });
});
