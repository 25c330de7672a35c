// The subject rules (lexicon/subject-rules-*), one row per rule: a sentence, its speech verb, the rule and reading.

import { describe, expect, it } from 'vitest';
import { findSubject, SUBJECT_RULES } from '../../../../src/extract/claims/find-subject.ts';
import type { SpeakerRef } from '../../../../src/extract/claims/claim-candidate.ts';
import { layersOf, unpinned } from '../helpers.ts';

/** The subject of the first `verb` of the body's last sentence (earlier sentences only introduce names). */
function subjectOf(body: string, verb: string) {
  const { layer, entities } = layersOf(body);
  const text = layer.article.text;
  const sentence = layer.sentences.at(-1)!;
  const verbStart = text.indexOf(verb, sentence.start);
  const mentions = entities.mentions.filter((m) => m.sentence === sentence.index);
  const reading = findSubject(text, sentence.start, verbStart, mentions);
  return { rule: reading.rule, ref: show(reading.ref) };
}

/** A reading in one line: the entity id, "pronoun:he", "nominal:spokesman@owner", "previous", "none". */
function show(ref: SpeakerRef): string {
  if (ref.kind === 'entity') return ref.id;
  if (ref.kind === 'pronoun') return `pronoun:${ref.word}`;
  if (ref.kind === 'nominal') return `nominal:${ref.noun}${ref.owner ? `@${ref.owner}` : ''}`;
  return ref.kind;
}

const ROWS: [rule: string, body: string, verb: string, reading: string][] = [
  ['verb-after-quotation', '"We will talk again next week," said Ivan Petrov.', 'said', 'none'],
  [
    'name-in-commas',
    "Russia's envoy to Vienna, Ivan Petrov, said the talks had stalled.",
    'said',
    'person:ivan-petrov',
  ],
  [
    'subject-before-parenthetical',
    'Russian President Ivan Petrov arrived. Petrov, in a statement on Monday, said the talks had stalled.',
    'said',
    'person:ivan-petrov',
  ],
  ['verb-after-and', 'The envoys met in Vienna and said the talks had stalled.', 'said', 'previous'],
  ['verb-after-comma', 'The envoys met in Vienna, adding that the talks had stalled.', 'adding', 'previous'],
  [
    'who-after-name',
    'They met Russian envoy Ivan Petrov, who said the talks had stalled.',
    'said',
    'person:ivan-petrov',
  ],
  [
    'office-described-by-its-body',
    'The head of the International Atomic Energy Agency said inspections would resume.',
    'said',
    'nominal:head@org:iaea',
  ],
  ['name-before-verb', 'Ivan Petrov said the talks had stalled.', 'said', 'person:ivan-petrov'],
  ['unit-of-a-body', 'The U.N. humanitarian office said aid was blocked.', 'said', 'org:un'],
  ['group-of-a-state', 'Russian officials said the talks had stalled.', 'said', 'country:RUS'],
  ['possessor-of-claim-noun', "Ivan Petrov repeated Russia's call for new talks.", 'call', 'country:RUS'],
  [
    'office-holder-of-a-state',
    "Russia's foreign minister said the talks had stalled.",
    'said',
    'nominal:foreign minister@country:RUS',
  ],
  ['office-of-a-state', "Russia's top diplomat said the talks had stalled.", 'said', 'country:RUS'],
  [
    'office-of-a-leader',
    "Russian President Ivan Petrov arrived in Vienna. Petrov's government said the talks had stalled.",
    'said',
    'nominal:government@person:ivan-petrov',
  ],
  ['office-after-its-or-their', 'Its foreign ministry said the talks had stalled.', 'said', 'pronoun:it'],
  ['pronoun', 'She said the talks had stalled.', 'said', 'pronoun:she'],
  ['the-described-speaker', 'The spokesman said the talks had stalled.', 'said', 'nominal:spokesman'],
  ['no-known-subject', 'The weather report said rain would fall.', 'said', 'none'],
];

describe('findSubject: the first subject rule that reads the words before the verb', () => {
  it.each(ROWS)('%s: %s', (rule, body, verb, reading) => {
    expect(subjectOf(body, verb)).toEqual({ rule, ref: reading });
  });

  it('every subject rule has a row', () => {
    expect(
      unpinned(
        SUBJECT_RULES,
        ROWS.map(([rule]) => rule),
      ),
    ).toEqual([]);
  });
});
