// Reported speech: "X said (that) ...", "X told Y ...", "denouncing ... and accusing ...", "CLAUSE, X said".

import type { Sentence, Span } from '../../model/extraction.ts';
import type { QuotedSpan } from '../text/find-quotes.ts';
import type { EntityMention, TextLayer } from '../types.ts';
import type { ClaimCandidate, SpeakerRef, VerbHit } from './claim-candidate.ts';
import { complementStart, SETTING_START, splitOnBut, trimClause } from './cut-claim-text.ts';
import { findSpeechVerbs } from './find-speech-verbs.ts';
import { findClauseSubject, findSubject, nominalAfter } from './find-subject.ts';
import { shapeQuotedClause } from './shape-quoted-clause.ts';

/** A speech verb with no complement of its own: it attributes a neighbouring quotation ("...", he said). */
export interface Attribution {
  sentence: number;
  /** Start of the subject phrase, or of the verb when the subject follows it ("said Tillerson"). */
  start: number;
  /** Where the speech verb ends: a quotation introduced right after it ('X told reporters: "..."') is X's. */
  verbEnd: number;
  ref: SpeakerRef;
}

export interface ReportedResult {
  claims: ClaimCandidate[];
  attributions: Attribution[];
}

/** What may follow "said Merkel": nothing, a participle ("speaking in Berlin") or a setting ("at a briefing"). */
const AFTER_POSTED_SUBJECT =
  /^(?:[\s.,;]*$|,\s+\p{Ll}+ing\b|[\s,]+(?:at|in|on|during|after|before|alongside|with|to|from|when|while)\b)/u;
const DATELINE =
  /^(?:[\p{Lu}][\p{Lu}.'’ -]+(?:,\s*[\p{L}\p{N} .]+)?\s*(?:\([^)\n]{1,40}\))?\s*[—–-]+\s*|[\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,2}(?:,\s*[\p{L} .]+)?\s*\([^)\n]{1,40}\)\s*[—–-]+\s*)/u;
/** A clause has a finite verb (or a modal/auxiliary); an audience noun phrase after "told" does not. */
const FINITE =
  /\b(?:is|are|was|were|be|had|has|have|will|would|could|should|can|may|might|must|did|does|do|not|\p{L}+ed|\p{L}+n[’']t)\b/iu;
/** Nouns for texts that "call for" or "urge" things: their wording is not a claim by a source. */
const DOCUMENT_NOUN =
  /\b(?:resolution|draft|text|motion|bill|report|document|proposal|petition|declaration|communiqu[eé]|letter)$/i;

export function findReportedClaims(
  layer: TextLayer,
  mentions: EntityMention[],
  claimQuotes: QuotedSpan[],
): ReportedResult {
  const out: ReportedResult = { claims: [], attributions: [] };
  const { text } = layer.article;
  for (const sentence of layer.sentences) {
    const inSentence = mentions.filter((m) => m.sentence === sentence.index);
    const verbs = findSpeechVerbs(sentence, claimQuotes);
    const subjects = verbs.map((v) => {
      const s = findSubject(text, sentence.start, v.start, inSentence);
      // '..."declared persona non grata", adding that ...': a participle after a quotation still continues.
      return s.attached === 'quote' && /ing$/.test(v.verb.split(' ')[0]!)
        ? { ...s, attached: 'comma' as const }
        : s;
    });
    const refs = verbs.map((v, i) => participleRef(text, sentence, v, subjects[i]!, inSentence, i > 0));
    // "X accused Y of Z and Beijing fired back, saying ...": the participle's clause starts at its own subject.
    verbs.forEach((v, i) => {
      const ref = refs[i]!;
      const prev = verbs[i - 1];
      if (subjects[i]!.attached !== 'comma' || ref.kind !== 'entity' || !prev) return;
      const subject = inSentence.findLast(
        (m) => m.entityId === ref.id && m.start > prev.end && m.end < v.start,
      );
      if (subject)
        subjects[i] = { ...subjects[i]!, start: subject.phrase?.start ?? subject.start, attached: null };
    });
    // "Amherd said that 90 countries had confirmed ...": a speech verb with no speaker of its own inside another
    // verb's complement belongs to that complement; "She did not say whether ...": a negated "say" claims nothing.
    for (let i = verbs.length - 1; i >= 0; i--) {
      const v = verbs[i]!;
      const s = subjects[i]!;
      const embedded = i > 0 && verbs[i - 1]!.kind === 'say' && s.attached === null && s.ref.kind === 'none';
      const negated =
        v.kind === 'say' &&
        /\b(?:not|never|n[’']t|declined\s+to|refused\s+to)\s+$/i.test(
          text.slice(Math.max(sentence.start, v.start - 14), v.start),
        );
      if (embedded || negated) {
        verbs.splice(i, 1);
        subjects.splice(i, 1);
        refs.splice(i, 1);
      }
    }
    for (let i = 0; i < verbs.length; i++) {
      const verb = verbs[i]!;
      const limit = i + 1 < verbs.length ? clauseStart(verbs[i + 1]!, subjects[i + 1]!) : sentence.end;
      const start =
        verb.kind === 'noun'
          ? verb.nounStart!
          : verb.kind === 'act'
            ? verb.start
            : complementStart(text, verb.end, limit, verb.verb, inSentence);
      if (start >= limit && i + 1 < verbs.length && subjects[i + 1]!.start <= start + 1) {
        // "Tillerson said he told Putin that ...": the inner verb carries the claim; "he" is Tillerson.
        if (subjects[i + 1]!.ref.kind === 'pronoun') refs[i + 1] = refs[i]!;
        continue;
      }
      const rest = text.slice(start, limit);
      // Any "X said" may attribute a quotation that closes right before it ('"...," he said, "..."').
      if (verb.kind === 'say') {
        out.attributions.push({
          sentence: sentence.index,
          start: Math.min(subjects[i]!.start, verb.start),
          verbEnd: verb.end,
          ref: refs[i]!,
        });
      }
      // "..., says Trump": the subject after the verb is all that follows it.
      const subjectAfter =
        subjects[i]!.attached === 'comma' &&
        refs[i]!.kind === 'entity' &&
        inSentence.some(
          (m) =>
            m.start >= verb.end &&
            m.start - verb.end <= 2 &&
            AFTER_POSTED_SUBJECT.test(text.slice(m.end, limit)),
        );
      if (
        verb.kind === 'say' &&
        (SETTING_START.test(rest.trim()) || subjects[i]!.attached === 'quote' || subjectAfter)
      ) {
        addInvertedClaim(text, sentence, verb, subjects[i]!.start, refs[i]!, claimQuotes, out);
        continue;
      }
      // "a charge Israel has not denied": a negated stance verb asserts nothing.
      if (
        verb.kind === 'act' &&
        /\b(?:not|never|n[’']t)\s+$/i.test(text.slice(Math.max(sentence.start, verb.start - 12), verb.start))
      )
        continue;
      // "told the IRIB broadcaster", "told a joint press conference with Wang": an audience, no clause.
      if (/^(?:told|tells|telling|tell)$/.test(verb.verb) && !FINITE.test(rest) && !/["“”]/.test(rest))
        continue;
      // "the text, which ... and urged ...", "a resolution calling for ...": a document's wording, not a source's.
      if (documentSubject(text, sentence, verb, subjects[i]!, inSentence)) continue;
      let span = trimClause(text, { start, end: limit });
      if (verb.kind === 'act' && wordCount(text, span) < 3)
        span = trimClause(text, { start: withRelative(text, subjects[i]!.start), end: limit });
      if (span.end - span.start < 3 || (verb.kind === 'say' && wordCount(text, span) < 2)) continue;
      const pieces = verb.kind === 'say' ? splitOnBut(text, span) : [span];
      for (const piece of pieces)
        out.claims.push(
          ...shapeQuotedClause(text, trimClause(text, piece), sentence.index, refs[i]!, claimQuotes),
        );
    }
  }
  return out;
}

function clauseStart(verb: VerbHit, subject: { start: number; attached: string | null }): number {
  return subject.attached ? verb.start : Math.min(subject.start, verb.start);
}

/** ", saying ..." and ", denouncing ..." take the subject of the clause they hang off. */
function participleRef(
  text: string,
  sentence: Sentence,
  verb: VerbHit,
  subject: { ref: SpeakerRef; attached: string | null },
  mentions: EntityMention[],
  sentenceHasEarlierVerb: boolean,
): SpeakerRef {
  if (subject.attached === 'comma' && /ing$/.test(verb.verb.split(' ')[0]!)) {
    const subject = findClauseSubject(text, sentence.start, verb.start, mentions);
    if (subject) return { kind: 'entity', id: subject.entityId };
  }
  if (subject.attached === 'and' && !sentenceHasEarlierVerb) {
    // "Zelensky thanked the leaders and called for a summit": no earlier claim, so the clause subject.
    const first = mentions.find(
      (m) => m.end <= verb.start && m.entityType !== 'Place' && m.kind !== 'demonym',
    );
    if (first) return { kind: 'entity', id: first.entityId };
  }
  if (
    (subject.attached === 'comma' || subject.attached === 'quote') &&
    !/ing$/.test(verb.verb.split(' ')[0]!)
  ) {
    // "..., said Tillerson": the subject follows the verb.
    const after = mentions.find(
      (m) => (m.phrase?.start ?? m.start) >= verb.end && (m.phrase?.start ?? m.start) - verb.end <= 2,
    );
    if (after) return { kind: 'entity', id: after.entityId };
    const described = nominalAfter(text, verb.end, sentence.end);
    if (described) return described;
  }
  return subject.ref;
}

/** "The sanctions will stay, Merkel said": the clause before the subject is the claim. */
function addInvertedClaim(
  text: string,
  sentence: Sentence,
  verb: VerbHit,
  subjectStart: number,
  ref: SpeakerRef,
  claimQuotes: QuotedSpan[],
  out: ReportedResult,
) {
  const start = Math.min(subjectStart, verb.start);
  const before = text.slice(sentence.start, start);
  if (!/,\s*["”]?\s*$|,\s*$/.test(before) && !/["”]\s*$/.test(before)) return;
  const clauseFrom = relativeStart(text, sentence, sentence.start);
  const quoteFirst = claimQuotes.find(
    (q) => q.open >= clauseFrom - 1 && q.open <= clauseFrom && q.close >= start - 4,
  );
  if (quoteFirst) return; // a quotation attributed by this verb, handled with the quotes
  const span = trimClause(text, { start: clauseFrom, end: start });
  if (wordCount(text, span) < 3) return;
  for (const piece of splitOnBut(text, span))
    out.claims.push(...shapeQuotedClause(text, trimClause(text, piece), sentence.index, ref, claimQuotes));
}

function documentSubject(
  text: string,
  sentence: Sentence,
  verb: VerbHit,
  subject: { attached: string | null; ref: SpeakerRef },
  mentions: EntityMention[],
): boolean {
  const { attached } = subject;
  const before = text.slice(sentence.start, verb.start).trimEnd();
  // "a draft resolution calling for a ceasefire": a participle straight after a document noun.
  if (/ing$/.test(verb.verb.split(' ')[0]!) && DOCUMENT_NOUN.test(before)) return true;
  // "The text, which was drafted by Norway, urged ...": a document, past its parenthetical, is the subject.
  if (subject.ref.kind !== 'entity' && subject.ref.kind !== 'pronoun') {
    const head = before.replace(/,\s*[^,]*,$/, '').trimEnd();
    if (DOCUMENT_NOUN.test(head)) return true;
  }
  // "the text, which was drafted by Britain and urged ...": the subject is the relative "which" itself.
  if (attached !== 'and' && !(attached === null && subject.ref.kind === 'none')) return false;
  const rel = /,\s*which\s+([^,;]*)$/.exec(before);
  if (!rel) return false;
  const relStart = sentence.start + rel.index + rel[0].indexOf('which') + 'which'.length;
  const next = (/^\s*/.exec(text.slice(relStart))?.[0].length ?? 0) + relStart;
  // "which Russia denies": a named subject after "which" speaks.
  return !mentions.some((m) => (m.phrase?.start ?? m.start) === next);
}

/** "which Russia denies": the relative pronoun belongs to the claim. */
function withRelative(text: string, subjectStart: number): number {
  const m = /\b(?:which|that)\s+$/.exec(text.slice(Math.max(0, subjectStart - 8), subjectStart));
  return m ? subjectStart - m[0].length : subjectStart;
}

/** Skips a dateline ("MOSCOW —") at the start of a sentence. */
function relativeStart(text: string, sentence: Sentence, from: number): number {
  if (from !== sentence.start) return from;
  const m = DATELINE.exec(sentence.text);
  return m ? sentence.start + m[0].length : from;
}

function wordCount(text: string, span: Span): number {
  return text.slice(span.start, span.end).split(/\s+/).filter(Boolean).length;
}
