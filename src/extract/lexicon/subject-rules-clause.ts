// Subject rules that read the clause around a speech verb: quotations, parentheticals, conjunctions, "who".

import type { SubjectContext, SubjectReading } from '../claims/claim-candidate.ts';
import type { Rule } from '../rules/match-rules.ts';
import { capture } from '../text/capture.ts';
import { HONORIFICS } from './name-cues.ts';
import { PARENTHETICAL } from './subject-patterns.ts';

type SubjectRule<Hit> = Rule<SubjectContext, Hit, SubjectReading>;

const before = (c: SubjectContext) => c.before;
/** The subject is this entity, its phrase starting at `start`. */
export const entity = (id: string, start: number): SubjectReading => ({
  ref: { kind: 'entity', id },
  start,
  attached: null,
});

/** '"...," said Merkel': the verb follows a quotation and the subject follows the verb. */
const afterQuotation: SubjectRule<RegExpExecArray> = {
  name: 'verb-after-quotation',
  test: (c) => /[,.!?]?\s*["”“]\s*,?\s*$/.exec(before(c)),
  produce: (_m, c) => ({ ref: { kind: 'none' }, start: c.verbStart, attached: 'quote' }),
};

/** "Ukraine's foreign minister, Dmytro Kuleba, said", "..., Baroness Jenny Chapman, said": the name in commas. */
const nameInCommas: SubjectRule<RegExpExecArray> = {
  name: 'name-in-commas',
  test: (c) => PARENTHETICAL.exec(before(c)),
  produce: (paren, c) => {
    const honorific = /^,\s*(\p{Lu}\p{Ll}+\.?\s+)?/u.exec(paren[0]);
    const title = honorific ? capture(honorific, 1) : '';
    const lead = title && HONORIFICS.has(title.trim().replace('.', '')) ? title.length : 0;
    const innerStart = c.sentenceStart + paren.index + paren[0].search(/[^,\s]/) + lead;
    const innerEnd = c.end - (paren[0].length - paren[0].trimEnd().length) - 1;
    const named = c.mentions.find(
      (m) => (m.phrase?.start === innerStart || m.start === innerStart) && m.end === innerEnd,
    );
    return named ? entity(named.entityId, named.phrase?.start ?? named.start) : null;
  },
};

/** "Putin, in a statement, said": the subject stands before the parenthetical (not "X and, later, Y"). */
const beforeParenthetical: SubjectRule<RegExpExecArray> = {
  name: 'subject-before-parenthetical',
  test: (c) => PARENTHETICAL.exec(before(c)),
  produce: (paren, c) => {
    if (/\b(and|but)\s*$/.test(c.before.slice(0, paren.index))) return null;
    const inner = c.readAt(c.sentenceStart + paren.index);
    return inner.ref.kind === 'none' ? null : inner;
  },
};

/** "... and warned", "but added": the verb shares the subject of the clause before. */
const afterConjunction: SubjectRule<RegExpExecArray> = {
  name: 'verb-after-and',
  test: (c) => /(?:,\s*)?\b(and|but)\s*$/i.exec(before(c)),
  produce: (_m, c) => ({ ref: { kind: 'previous' }, start: c.verbStart, attached: 'and' }),
};

/** ", adding that ...", or a verb opening the sentence: the previous speaker goes on. */
const afterComma: SubjectRule<boolean> = {
  name: 'verb-after-comma',
  test: (c) => /,\s*$/.test(c.before) || c.before.trim() === '',
  produce: (_m, c) => ({ ref: { kind: 'previous' }, start: c.verbStart, attached: 'comma' }),
};

/** "Zelensky, who had criticised ...": the relative pronoun stands for the person named before it. */
const relativeWho: SubjectRule<RegExpExecArray> = {
  name: 'who-after-name',
  test: (c) => /,?\s*\bwho\s*$/.exec(before(c)),
  produce: (who, c) => {
    const antecedent = c.mentions.find(
      (m) => m.end === c.sentenceStart + who.index && m.entityType === 'Person',
    );
    return antecedent ? entity(antecedent.entityId, antecedent.phrase?.start ?? antecedent.start) : null;
  },
};

/** In order: the clause shape decides before any noun phrase is read. */
export const CLAUSE_SUBJECT_RULES = [
  afterQuotation,
  nameInCommas,
  beforeParenthetical,
  afterConjunction,
  afterComma,
  relativeWho,
] as const;
