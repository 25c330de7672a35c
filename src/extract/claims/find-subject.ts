// Finds who a speech verb's subject is: skips adverbs, dates and short forms leftwards, then runs the subject rules.

import type { RuleTable } from '../rules/match-rules.ts';
import { firstRule } from '../rules/match-rules.ts';
import { capture } from '../text/capture.ts';
import { CLAUSE_SUBJECT_RULES } from '../lexicon/subject-rules-clause.ts';
import { DESCRIBED_SUBJECT_RULES } from '../lexicon/subject-rules-described.ts';
import { NAMED_SUBJECT_RULES } from '../lexicon/subject-rules-named.ts';
import { isDescribedSpeaker } from '../lexicon/subject-patterns.ts';
import { SUBJECT_GAP_WORDS } from '../lexicon/speech-verbs.ts';
import type { EntityMention } from '../types.ts';
import type { SpeakerRef, SubjectContext, SubjectReading } from './claim-candidate.ts';

export type { SubjectReading } from './claim-candidate.ts';

/** Every subject rule, in the order they are tried: clause shape, then names, then descriptions. */
export const SUBJECT_RULES: RuleTable<SubjectContext, SubjectReading> = [
  ...CLAUSE_SUBJECT_RULES,
  ...NAMED_SUBJECT_RULES,
  ...DESCRIBED_SUBJECT_RULES,
];

/** Characters before a verb searched for its subject (parenthetical and role phrase included). */
const SUBJECT_LOOKBACK = 300;

export function findSubject(
  text: string,
  sentenceStart: number,
  verbStart: number,
  mentions: EntityMention[],
): SubjectReading {
  // A subject phrase is a few words long: looking back further than this only costs time on long sentences.
  const from = Math.max(sentenceStart, verbStart - SUBJECT_LOOKBACK);
  const end = skipGaps(text, from, verbStart);
  const context: SubjectContext = {
    text,
    sentenceStart: from,
    verbStart,
    before: text.slice(from, end),
    end,
    mentions,
    readAt: (at) => findSubject(text, from, at, mentions),
  };
  const fired = firstRule(SUBJECT_RULES, context);
  // (The table ends in a row that always reads something; this only keeps the pass total.)
  if (!fired) return { ref: { kind: 'none' }, start: verbStart, attached: null };
  return { ...fired.output, rule: fired.rule };
}

/** Steps left from the verb past spaces, dashes, "(IAEA)", adverbs, auxiliaries and weekdays. */
function skipGaps(text: string, from: number, verbStart: number): number {
  let pos = verbStart;
  for (;;) {
    const before = text.slice(from, pos);
    const space = /[\s—–-]+$/.exec(before);
    if (space) {
      pos -= space[0].length;
      continue;
    }
    // "The International Atomic Energy Agency (IAEA) said": a bracketed short form between name and verb.
    const abbreviation = /\s*\([\p{Lu}\p{N}.&-]{2,12}\)$/u.exec(before);
    if (abbreviation) {
      pos -= abbreviation[0].length;
      continue;
    }
    // Case matters: "may" is a modal, "May" may be Theresa May.
    const word = /\b(\p{L}+)$/u.exec(before);
    const w = word ? capture(word, 1) : '';
    if (w && SUBJECT_GAP_WORDS.has(w.toLowerCase()) && (w === w.toLowerCase() || /day$/.test(w))) {
      pos -= w.length;
      continue;
    }
    return pos;
  }
}

/**
 * '"...," said the spokesman', '..., said a government spokesman': a described speaker after the verb, read
 * as the same kind of reference as one before it ("the spokesman said").
 */
export function nominalAfter(text: string, verbEnd: number, limit: number): SpeakerRef | null {
  const m = /^\s+(?:the|a|an)\s+((?:[\p{L}.-]+\s+){0,2}[\p{L}-]+)/u.exec(
    text.slice(verbEnd, Math.min(limit, verbEnd + 80)),
  );
  const phrase = m ? capture(m, 1) : '';
  if (!phrase || !isDescribedSpeaker(phrase)) return null;
  return { kind: 'nominal', noun: phrase.toLowerCase() };
}

/** For "X fired back, saying ...": the first entity mention of the clause the participle hangs off. */
export function findClauseSubject(
  text: string,
  sentenceStart: number,
  commaPos: number,
  mentions: EntityMention[],
): EntityMention | null {
  const before = text.slice(sentenceStart, commaPos);
  const lastAnd = Math.max(before.lastIndexOf(' and '), before.lastIndexOf(' but '));
  const from = sentenceStart + (lastAnd >= 0 ? lastAnd + 5 : 0);
  const inClause = mentions.filter((m) => m.start >= from && m.end <= commaPos && m.entityType !== 'Place');
  // "Sudan's envoy Al-Harith Mohamed welcomed ...": the possessive state is part of the person's phrase.
  const first = inClause.find(
    (m) =>
      !inClause.some(
        (o) =>
          o !== m && (o.phrase?.start ?? o.start) <= m.start && o.start > m.end && o.entityType === 'Person',
      ),
  );
  return first ?? null;
}
