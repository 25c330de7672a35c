// Finds who a speech verb's subject is by reading leftwards past adverbs, auxiliaries, dates and parentheticals.

import { capture } from '../text/capture.ts';
import { HONORIFICS } from '../lexicon/name-cues.ts';
import {
  BODY_SUBJECT_NOUNS,
  GROUP_SPEAKER_MODIFIERS,
  GROUP_SPEAKER_NOUNS,
  NOMINAL_HEAD_NOUNS,
  PERSON_OFFICES,
  wordsAlternation,
} from '../lexicon/speaker-nouns.ts';
import { SUBJECT_GAP_WORDS } from '../lexicon/speech-verbs.ts';
import type { EntityMention } from '../types.ts';
import type { SpeakerRef } from './claim-candidate.ts';

/** Heads of definite noun phrases that refer back to a named speaker ("the minister said"). */
const NOMINAL_HEADS = new RegExp(String.raw`(?:^|\s)(?:${wordsAlternation(NOMINAL_HEAD_NOUNS)})$`, 'i');
const GROUP_NOUNS = new RegExp(
  String.raw`\s(?:(?:${wordsAlternation(GROUP_SPEAKER_MODIFIERS)})\s+)*(?:${wordsAlternation(GROUP_SPEAKER_NOUNS)})$`,
);
/** Heads of definite noun phrases that refer back to a named body: "the group said", "the watchdog said". */
const GROUP_HEADS = new RegExp(String.raw`(?:^|\s)(?:${wordsAlternation(BODY_SUBJECT_NOUNS)})$`, 'i');
/** "the head of the agency", "the chief of the bloc": an office described by the body it heads. */
const HEAD_OF =
  /\b(?:[Tt]he|[Aa])\s+(?:head|chief|director[- ]general|boss|top\s+(?:diplomat|envoy|negotiator|official)|secretary[- ]general)\s+of\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,4}[\p{L}.'’-]+$/u;
/** "IAEA chief", "the U.N. nuclear chief": a body's or state's short form before the office noun. */
const OWNER_CHIEF =
  /(?:^|\s)(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:[\p{Ll}]+\s+)?(?:chief|head|boss)$/u;
/** "The U.N. humanitarian office": a named body, then a lower-case unit of it. */
const ORG_UNIT =
  /\b[Tt]he\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*(?:\s+(?:[\p{Ll}-]+\s+){0,2}(?:office|agency|mission|secretariat|body|commission|team|delegation|committee)))$/u;
/** Offices one person holds ("foreign minister"), not bodies ("ministry", "government"). */
const PERSON_OFFICE = new RegExp(String.raw`(?:^|\s)(?:${wordsAlternation(PERSON_OFFICES)})$`, 'i');
/** Characters before a verb searched for its subject (parenthetical and role phrase included). */
const SUBJECT_LOOKBACK = 300;
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

export interface SubjectReading {
  ref: SpeakerRef;
  /** Where the subject phrase starts (the clause start for the previous claim's end), or the verb when none. */
  start: number;
  /** The verb hangs off a conjunction or comma ("and warned", ", adding"): it shares a subject. */
  attached: 'and' | 'comma' | 'quote' | null;
}

export function findSubject(
  text: string,
  sentenceStart: number,
  verbStart: number,
  mentions: EntityMention[],
): SubjectReading {
  // A subject phrase is a few words long: looking back further than this only costs time on long sentences.
  sentenceStart = Math.max(sentenceStart, verbStart - SUBJECT_LOOKBACK);
  let pos = verbStart;
  for (;;) {
    const before = text.slice(sentenceStart, pos);
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
    const word = /\b(\p{L}+)$/u.exec(before);
    // Case matters: "may" is a modal, "May" may be Theresa May.
    const w = word?.[1];
    if (w && SUBJECT_GAP_WORDS.has(w.toLowerCase()) && (w === w.toLowerCase() || /day$/.test(w))) {
      pos -= w.length;
      continue;
    }
    break;
  }
  const before = text.slice(sentenceStart, pos);
  // "...," said Merkel: the verb follows a quotation and the subject follows the verb.
  if (/[,.!?]?\s*["”“]\s*,?\s*$/.test(before) && /["”“]/.test(before))
    return { ref: { kind: 'none' }, start: verbStart, attached: 'quote' };
  // ", in a statement," / ", after leaving the meeting," between subject and verb.
  // (Not ", urged Israel to open crossings," before ", saying": the sentence's own verb; ", based in X," is one.)
  const paren =
    /,(?!\s*\p{Ll}+ed\s+(?!(?:in|by|at|on|near|from|after|with|to|for|as|under)\b))\s*[^,"“”]{2,90},\s*$/u.exec(
      before,
    );
  if (paren) {
    // "Ukraine's foreign minister, Dmytro Kuleba, said": the name in commas is the subject.
    // "..., Baroness Jenny Chapman, said": the name after its honorific.
    const honorific = /^,\s*(\p{Lu}\p{Ll}+\.?\s+)?/u.exec(paren[0]);
    const title = honorific ? capture(honorific, 1) : '';
    const lead = title && HONORIFICS.has(title.trim().replace('.', '')) ? title.length : 0;
    const innerStart = sentenceStart + paren.index + paren[0].search(/[^,\s]/) + lead;
    const innerEnd = sentenceStart + before.length - (paren[0].length - paren[0].trimEnd().length) - 1;
    const named = mentions.find(
      (m) => (m.phrase?.start === innerStart || m.start === innerStart) && m.end === innerEnd,
    );
    if (named)
      return {
        ref: { kind: 'entity', id: named.entityId },
        start: named.phrase?.start ?? named.start,
        attached: null,
      };
  }
  if (paren && !/\b(and|but)\s*$/.test(before.slice(0, paren.index))) {
    const inner = findSubject(text, sentenceStart, sentenceStart + paren.index, mentions);
    if (inner.ref.kind !== 'none') return inner;
  }
  const conj = /(?:,\s*)?\b(and|but)\s*$/i.exec(before);
  if (conj) return { ref: { kind: 'previous' }, start: verbStart, attached: 'and' };
  if (/,\s*$/.test(before) || before.trim() === '') {
    return { ref: { kind: 'previous' }, start: verbStart, attached: 'comma' };
  }
  const end = sentenceStart + before.length;
  // "Zelensky, who had criticised ...": the relative pronoun stands for the name before it.
  const who = /,?\s*\bwho\s*$/.exec(before);
  if (who) {
    const antecedent = mentions.find((m) => m.end === sentenceStart + who.index && m.entityType === 'Person');
    if (antecedent)
      return {
        ref: { kind: 'entity', id: antecedent.entityId },
        start: antecedent.phrase?.start ?? antecedent.start,
        attached: null,
      };
  }
  // "The head of the U.N. nuclear watchdog said", "IAEA chief says": a description of an office holder who may
  // only be named afterwards.
  const headOf = HEAD_OF.exec(before) ?? OWNER_CHIEF.exec(before);
  // (Only with no person named before it: "Grossi, the head of the IAEA" is Grossi.)
  if (headOf && !mentions.some((m) => m.entityType === 'Person' && m.start < sentenceStart + headOf.index)) {
    const phraseStart = sentenceStart + headOf.index;
    const owner = mentions.find(
      (m) => m.start >= phraseStart && m.end <= end && m.entityType !== 'Place' && m.entityType !== 'Person',
    );
    return {
      ref: { kind: 'nominal', noun: 'head', ...(owner ? { owner: owner.entityId } : {}), cataphoric: true },
      start: phraseStart,
      attached: null,
    };
  }
  const found = mentions.find((m) => m.end === end || m.phrase?.end === end);
  // "Merkel and French President Francois Hollande urged": a pair speaks; the first named stands for it.
  const mention = found ? (firstOfPair(text, found, mentions) ?? found) : undefined;
  if (mention) {
    // "the foreign ministry said": the subject phrase starts at its article.
    const from = mention.phrase?.start ?? mention.start;
    const article = /\b[Tt]he\s+$/.exec(text.slice(Math.max(sentenceStart, from - 4), from));
    return {
      ref: { kind: 'entity', id: mention.entityId },
      start: article ? from - article[0].length : from,
      attached: null,
    };
  }
  // "The U.N. humanitarian office said", "the EU's executive body said": a unit speaks for the body it belongs to.
  const unit = ORG_UNIT.exec(before);
  if (unit) {
    const unitStart = sentenceStart + unit.index + unit[0].length - capture(unit, 1).length;
    const owner = mentions.find(
      (m) =>
        m.start === unitStart &&
        m.kind !== 'demonym' &&
        m.entityType !== 'Place' &&
        m.entityType !== 'Person' &&
        /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}]+$/u.test(text.slice(m.end, end)),
    );
    if (owner) return { ref: { kind: 'entity', id: owner.entityId }, start: owner.start, attached: null };
  }
  // "U.S. officials said", "Russian state media reported": the group speaks for its state.
  const group = GROUP_NOUNS.exec(before);
  if (group) {
    const groupStart = sentenceStart + group.index;
    const state = mentions.find(
      (m) =>
        m.entityType === 'Country' &&
        m.end <= groupStart &&
        /^(?:['’]s)?\s*$/.test(text.slice(m.end, groupStart)),
    );
    if (state) return { ref: { kind: 'entity', id: state.entityId }, start: state.start, attached: null };
  }
  // "Erdogan repeated Ankara's call for ...": the possessor of a claim noun is its speaker.
  const possessor = /['’]s$/.exec(before);
  if (possessor) {
    const owner = mentions.find((m) => m.end === end - 2 && m.entityType !== 'Place');
    if (owner) return { ref: { kind: 'entity', id: owner.entityId }, start: owner.start, attached: null };
  }
  // "Turkey's foreign minister said" with no name given: the office speaks for its state.
  const office = /['’]s\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)$/u.exec(before);
  if (office && NOMINAL_HEADS.test(capture(office, 1))) {
    const ownerEnd = sentenceStart + office.index;
    const state = mentions.find((m) => m.entityType === 'Country' && m.end === ownerEnd);
    // "Kenya's foreign minister said ... Musalia Mudavadi told parliament": a holder of the office named
    // before or right after; else the state.
    if (state && PERSON_OFFICE.test(capture(office, 1)))
      return {
        ref: {
          kind: 'nominal',
          noun: capture(office, 1).toLowerCase(),
          owner: state.entityId,
          cataphoric: true,
        },
        start: state.start,
        attached: null,
      };
    if (state) return { ref: { kind: 'entity', id: state.entityId }, start: state.start, attached: null };
  }
  if (office && (NOMINAL_HEADS.test(capture(office, 1)) || GROUP_HEADS.test(capture(office, 1)))) {
    // "Maduro's government said": a leader's office speaks for the state he or she leads.
    const ownerEnd = sentenceStart + office.index;
    const person = mentions.find((m) => m.entityType === 'Person' && m.end === ownerEnd);
    if (person)
      return {
        ref: { kind: 'nominal', noun: capture(office, 1).toLowerCase(), owner: person.entityId },
        start: person.start,
        attached: null,
      };
  }
  // "Its foreign ministry called ...", "Their spokesman said": the body or state referred to by the possessive.
  const possessive = /\b([Ii]ts|[Tt]heir)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)$/u.exec(before);
  if (
    possessive &&
    (NOMINAL_HEADS.test(capture(possessive, 2)) || GROUP_HEADS.test(capture(possessive, 2)))
  ) {
    return {
      ref: { kind: 'pronoun', word: capture(possessive, 1).toLowerCase() === 'its' ? 'it' : 'they' },
      start: end - possessive[0].length,
      attached: null,
    };
  }
  const pronoun = /\b(\p{L}+)$/u.exec(before);
  if (pronoun && PRONOUNS.has(capture(pronoun, 1).toLowerCase())) {
    return {
      ref: { kind: 'pronoun', word: capture(pronoun, 1).toLowerCase() },
      start: end - capture(pronoun, 1).length,
      attached: null,
    };
  }
  // "the spokesman", "the AU spokesman", "the DPRK top leader": up to two words before the head noun.
  const nominal = /\b[Tt]he\s+((?:[\p{L}.-]+\s+){0,2}[\p{L}-]+)$/u.exec(before);
  if (nominal && (NOMINAL_HEADS.test(capture(nominal, 1)) || GROUP_HEADS.test(capture(nominal, 1)))) {
    // "the AU spokesman said": the body or state named in the phrase, unless a holder was named earlier.
    const phraseStart = end - capture(nominal, 1).length;
    const owner = mentions.find((m) => m.start >= phraseStart && m.end < end && m.entityType !== 'Place');
    return {
      ref: {
        kind: 'nominal',
        noun: capture(nominal, 1).toLowerCase(),
        ...(owner ? { owner: owner.entityId } : {}),
      },
      start: end - nominal[0].length,
      attached: null,
    };
  }
  const np = /(?:^|[,;:]\s*|\b(?:and|but|which|that)\s+)((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)$/u.exec(before);
  return { ref: { kind: 'none' }, start: np ? end - capture(np, 1).length : verbStart, attached: null };
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
  if (!phrase || !(NOMINAL_HEADS.test(phrase) || GROUP_HEADS.test(phrase))) return null;
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

/** The first of "X and Y" when `second` is Y and X is the same kind of speaker (two people, or two states/bodies). */
function firstOfPair(text: string, second: EntityMention, mentions: EntityMention[]): EntityMention | null {
  const start = second.phrase?.start ?? second.start;
  const person = (m: EntityMention) => m.entityType === 'Person';
  const first = mentions.find(
    (m) =>
      m !== second &&
      m.entityId !== second.entityId &&
      m.entityType !== 'Place' &&
      person(m) === person(second) &&
      /^\s+and\s+$/.test(text.slice(m.phrase?.end ?? m.end, start)),
  );
  return first ?? null;
}
