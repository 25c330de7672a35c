// The name rules (lexicon/name-rules-*), one row per rule: a sentence, and the unknown name it finds and types.

import { describe, expect, it } from 'vitest';
import { NAME_RULES } from '../../../../src/extract/entities/find-name-mentions.ts';
import { NAME_RUN_RULES } from '../../../../src/extract/lexicon/name-rules-organization.ts';
import { extractText, unpinned } from '../helpers.ts';

const ROWS: [rule: string, body: string, name: string, type: string][] = [
  [
    'organization-by-head-word',
    'The Baltic Energy Council met in Riga on Monday.',
    'Baltic Energy Council',
    'Organization',
  ],
  ['feature-by-head-word', 'Two ships crossed the Varna Strait on Monday.', 'Varna Strait', 'Place'],
  [
    'organization-after-lead',
    'A group calling itself the Iron Shield claimed the attack.',
    'Iron Shield',
    'Organization',
  ],
  [
    'media-by-noun-after',
    'Zorva television reported the talks on Monday.',
    'Zorva television',
    'Organization',
  ],
  ['place-by-facility-after', 'Inspectors visited the Kerast nuclear facility on Monday.', 'Kerast', 'Place'],
  ['place-by-noun-after', 'Fighting spread across Dorvan province on Monday.', 'Dorvan', 'Place'],
  ['place-after-town-of', 'Shells hit the town of Velmora on Monday.', 'Velmora', 'Place'],
  ['place-in-then-described', 'Envoys gathered in Oskarby, a river port, on Monday.', 'Oskarby', 'Place'],
  ['place-described-as-settlement', 'Shelling hit Tarvik, a town north of the border.', 'Tarvik', 'Place'],
  ['place-of-a-gathering', 'The two sides held talks in Oskarby on Monday.', 'Oskarby', 'Place'],
  ['person-after-honorific', 'Mr Oleg Varna arrived on Monday.', 'Oleg Varna', 'Person'],
  ['person-after-title', 'The talks were led by envoy Oleg Varna.', 'Oleg Varna', 'Person'],
  ['person-with-age', 'Oleg Varna, 54, arrived on Monday.', 'Oleg Varna', 'Person'],
  ['person-before-who', 'Police detained Oleg Varna, who ran the group.', 'Oleg Varna', 'Person'],
  ['person-given-a-role', 'The council elected Oleg Varna as its new chairman.', 'Oleg Varna', 'Person'],
  [
    'person-before-role-in-commas',
    'Oleg Varna, the Latvian ambassador, arrived on Monday.',
    'Oleg Varna',
    'Person',
  ],
  [
    'person-after-role-and-comma',
    "Latvia's ambassador to Moscow, Oleg Varna, arrived.",
    'Oleg Varna',
    'Person',
  ],
  [
    'person-known-by-honorific-elsewhere',
    'Oleg Varna arrived on Monday. Mr Varna left.',
    'Oleg Varna',
    'Person',
  ],
  ['person-speaking', 'Oleg Varna said the talks had stalled.', 'Oleg Varna', 'Person'],
];

describe('the name finder: a capitalized run no gazetteer knows, typed by the first name rule that takes it', () => {
  it.each(ROWS)('%s: %s', (_rule, body, name, type) => {
    const entities = extractText(`Talks\n\n${body}`, '2019-02-28').entities.map((e) => ({
      name: e.name,
      type: e.type,
    }));
    expect(entities).toContainEqual({ name, type });
  });

  it('every name rule has a row', () => {
    const pinned = ROWS.map(([rule]) => rule);
    expect([...unpinned(NAME_RUN_RULES, pinned), ...unpinned(NAME_RULES, pinned)]).toEqual([]);
  });

  it('a run no rule takes is no name: a capitalized word alone, with no cue', () => {
    const entities = extractText('Talks\n\nThe Varna delegation arrived on Monday.', '2019-02-28').entities;
    expect(entities.map((e) => e.name)).not.toContain('Varna');
  });
});
