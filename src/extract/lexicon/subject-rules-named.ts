// Subject rules that find a named entity before the verb: an office's body, the name itself, a unit, a group.

import type { SubjectContext, SubjectReading } from '../claims/claim-candidate.ts';
import type { Rule } from '../rules/match-rules.ts';
import { capture } from '../text/capture.ts';
import type { EntityMention } from '../types.ts';
import { entity } from './subject-rules-clause.ts';
import { GROUP_NOUNS, HEAD_OF, ORG_UNIT, OWNER_CHIEF } from './subject-patterns.ts';

type SubjectRule<Hit> = Rule<SubjectContext, Hit, SubjectReading>;

/**
 * "The head of the U.N. nuclear watchdog said", "IAEA chief says": a description of an office holder who may
 * only be named afterwards (only with no person named before it: "Grossi, the head of the IAEA" is Grossi).
 */
const officeOfBody: SubjectRule<RegExpExecArray> = {
  name: 'office-described-by-its-body',
  test: (c) => HEAD_OF.exec(c.before) ?? OWNER_CHIEF.exec(c.before),
  produce: (headOf, c) => {
    const phraseStart = c.sentenceStart + headOf.index;
    if (c.mentions.some((m) => m.entityType === 'Person' && m.start < phraseStart)) return null;
    const owner = c.mentions.find(
      (m) =>
        m.start >= phraseStart && m.end <= c.end && m.entityType !== 'Place' && m.entityType !== 'Person',
    );
    const ref = {
      kind: 'nominal',
      noun: 'head',
      ...(owner ? { owner: owner.entityId } : {}),
      cataphoric: true,
    };
    return { ref: ref as SubjectReading['ref'], start: phraseStart, attached: null };
  },
};

/** "Lavrov said", "the foreign ministry said", "Merkel and Hollande urged": a name ends right before the verb. */
const namedSubject: SubjectRule<EntityMention> = {
  name: 'name-before-verb',
  test: (c) => c.mentions.find((m) => m.end === c.end || m.phrase?.end === c.end),
  produce: (found, c) => {
    const mention = firstOfPair(c.text, found, c.mentions) ?? found;
    // "the foreign ministry said": the subject phrase starts at its article.
    const from = mention.phrase?.start ?? mention.start;
    const article = /\b[Tt]he\s+$/.exec(c.text.slice(Math.max(c.sentenceStart, from - 4), from));
    return entity(mention.entityId, article ? from - article[0].length : from);
  },
};

/** "The U.N. humanitarian office said", "the EU's executive body said": a unit speaks for its body. */
const unitOfBody: SubjectRule<RegExpExecArray> = {
  name: 'unit-of-a-body',
  test: (c) => ORG_UNIT.exec(c.before),
  produce: (unit, c) => {
    const unitStart = c.sentenceStart + unit.index + unit[0].length - capture(unit, 1).length;
    const owner = c.mentions.find(
      (m) =>
        m.start === unitStart &&
        m.kind !== 'demonym' &&
        m.entityType !== 'Place' &&
        m.entityType !== 'Person' &&
        /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}]+$/u.test(c.text.slice(m.end, c.end)),
    );
    return owner ? entity(owner.entityId, owner.start) : null;
  },
};

/** "U.S. officials said", "Russian state media reported": the group speaks for its state. */
const groupOfState: SubjectRule<RegExpExecArray> = {
  name: 'group-of-a-state',
  test: (c) => GROUP_NOUNS.exec(c.before),
  produce: (group, c) => {
    const groupStart = c.sentenceStart + group.index;
    const state = c.mentions.find(
      (m) =>
        m.entityType === 'Country' &&
        m.end <= groupStart &&
        /^(?:['’]s)?\s*$/.test(c.text.slice(m.end, groupStart)),
    );
    return state ? entity(state.entityId, state.start) : null;
  },
};

/** "Erdogan repeated Ankara's call for ...": the possessor of a claim noun is its speaker. */
const possessor: SubjectRule<RegExpExecArray> = {
  name: 'possessor-of-claim-noun',
  test: (c) => /['’]s$/.exec(c.before),
  produce: (_m, c) => {
    const owner = c.mentions.find((m) => m.end === c.end - 2 && m.entityType !== 'Place');
    return owner ? entity(owner.entityId, owner.start) : null;
  },
};

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

/** In order, after the clause rules: a described office first, so "the head of the IAEA" is not the IAEA. */
export const NAMED_SUBJECT_RULES = [officeOfBody, namedSubject, unitOfBody, groupOfState, possessor] as const;
