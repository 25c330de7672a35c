// Subject rules for speakers described, not named: offices of states and leaders, possessives, pronouns.

import type { SubjectContext, SubjectReading } from '../claims/claim-candidate.ts';
import type { Rule } from '../rules/match-rules.ts';
import { capture } from '../text/capture.ts';
import { entity } from './subject-rules-clause.ts';
import {
  DEFINITE_DESCRIPTION,
  NOMINAL_HEADS,
  OWNED_OFFICE,
  PERSON_OFFICE,
  POSSESSIVE_OFFICE,
  SUBJECT_PRONOUNS,
  isDescribedSpeaker,
} from './subject-patterns.ts';

type SubjectRule<Hit> = Rule<SubjectContext, Hit, SubjectReading>;

/** The state named right before "'s office": "Turkey's foreign minister". */
const stateOwning = (office: RegExpExecArray, c: SubjectContext) =>
  c.mentions.find((m) => m.entityType === 'Country' && m.end === c.sentenceStart + office.index);

/**
 * "Kenya's foreign minister said ... Musalia Mudavadi told parliament": an office one person holds, whose
 * holder may be named before or right after; else the state speaks.
 */
const officeHolderOfState: SubjectRule<RegExpExecArray> = {
  name: 'office-holder-of-a-state',
  test: (c) => OWNED_OFFICE.exec(c.before),
  produce: (office, c) => {
    const noun = capture(office, 1);
    const state = stateOwning(office, c);
    if (!state || !NOMINAL_HEADS.test(noun) || !PERSON_OFFICE.test(noun)) return null;
    const ref = {
      kind: 'nominal' as const,
      noun: noun.toLowerCase(),
      owner: state.entityId,
      cataphoric: true,
    };
    return { ref, start: state.start, attached: null };
  },
};

/** "Turkey's foreign ministry said" with no name given: the office speaks for its state. */
const officeOfState: SubjectRule<RegExpExecArray> = {
  name: 'office-of-a-state',
  test: (c) => OWNED_OFFICE.exec(c.before),
  produce: (office, c) => {
    const state = stateOwning(office, c);
    return state && NOMINAL_HEADS.test(capture(office, 1)) ? entity(state.entityId, state.start) : null;
  },
};

/** "Maduro's government said": a leader's office speaks for the state he or she leads. */
const officeOfLeader: SubjectRule<RegExpExecArray> = {
  name: 'office-of-a-leader',
  test: (c) => OWNED_OFFICE.exec(c.before),
  produce: (office, c) => {
    const noun = capture(office, 1);
    if (!isDescribedSpeaker(noun)) return null;
    const ownerEnd = c.sentenceStart + office.index;
    const person = c.mentions.find((m) => m.entityType === 'Person' && m.end === ownerEnd);
    if (!person) return null;
    return {
      ref: { kind: 'nominal', noun: noun.toLowerCase(), owner: person.entityId },
      start: person.start,
      attached: null,
    };
  },
};

/** "Its foreign ministry called ...", "Their spokesman said": the body or state the possessive points at. */
const possessiveOffice: SubjectRule<RegExpExecArray> = {
  name: 'office-after-its-or-their',
  test: (c) => POSSESSIVE_OFFICE.exec(c.before),
  produce: (possessive, c) => {
    if (!isDescribedSpeaker(capture(possessive, 2))) return null;
    const word = capture(possessive, 1).toLowerCase() === 'its' ? 'it' : 'they';
    return { ref: { kind: 'pronoun', word }, start: c.end - possessive[0].length, attached: null };
  },
};

/** "he said", "they said": resolved later against the speakers before it. */
const pronoun: SubjectRule<string> = {
  name: 'pronoun',
  test: (c) => {
    const word = /\b(\p{L}+)$/u.exec(c.before);
    const lower = word ? capture(word, 1).toLowerCase() : '';
    return SUBJECT_PRONOUNS.has(lower) ? lower : null;
  },
  produce: (word, c) => ({ ref: { kind: 'pronoun', word }, start: c.end - word.length, attached: null }),
};

/** "the spokesman", "the AU spokesman said": the body or state named in the phrase, unless a holder came first. */
const definiteDescription: SubjectRule<RegExpExecArray> = {
  name: 'the-described-speaker',
  test: (c) => DEFINITE_DESCRIPTION.exec(c.before),
  produce: (nominal, c) => {
    const noun = capture(nominal, 1);
    if (!isDescribedSpeaker(noun)) return null;
    const phraseStart = c.end - noun.length;
    const owner = c.mentions.find((m) => m.start >= phraseStart && m.end < c.end && m.entityType !== 'Place');
    const ref = {
      kind: 'nominal' as const,
      noun: noun.toLowerCase(),
      ...(owner ? { owner: owner.entityId } : {}),
    };
    return { ref, start: c.end - nominal[0].length, attached: null };
  },
};

/** No speaker: the subject phrase (up to four words) still marks where the clause starts. */
const unknownSubject: SubjectRule<true> = {
  name: 'no-known-subject',
  test: () => true,
  produce: (_hit, c) => {
    const np = /(?:^|[,;:]\s*|\b(?:and|but|which|that)\s+)((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)$/u.exec(
      c.before,
    );
    return { ref: { kind: 'none' }, start: np ? c.end - capture(np, 1).length : c.verbStart, attached: null };
  },
};

/** In order, after the named rules; the last row always reads something. */
export const DESCRIBED_SUBJECT_RULES = [
  officeHolderOfState,
  officeOfState,
  officeOfLeader,
  possessiveOffice,
  pronoun,
  definiteDescription,
  unknownSubject,
] as const;
