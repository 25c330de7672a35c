// Name-finder rules for people: an honorific or title before the name, an age, a role or speech around it.

import type { TrimmedName } from '../entities/name-run.ts';
import { leadOf, makeHit } from '../entities/name-run.ts';
import type { Rule } from '../rules/match-rules.ts';
import { ROLE_TITLES } from './roles.ts';
import { speechVerbAlternation } from './speech-verbs.ts';
import type { NameVerdict } from './name-rules-organization.ts';

type PersonRule = Rule<TrimmedName, true, NameVerdict>;

const TITLES = Object.keys(ROLE_TITLES)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** ", the bloc's foreign policy chief": a role in apposition after the name. */
const APPOSITIVE_ROLE = new RegExp(
  String.raw`^,\s+(?:the\s+|a\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:${TITLES})\b`,
  'iu',
);
/** "as the new commission chairperson", "as foreign minister": a role the name is given. */
const AS_ROLE = new RegExp(
  String.raw`^\s+as\s+(?:(?:the|its|their|a)\s+)?(?:(?:new|next|interim|acting|first)\s+)?(?:[\p{L}-]+\s+){0,2}(?:${TITLES})\b`,
  'iu',
);
/** "Britain's ambassador to Russia, Laurie Bristow": a role, a comma, then the name. */
const ROLE_BEFORE_COMMA = new RegExp(
  String.raw`\b(?:${TITLES})(?:\s+to\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}]*)*|\s+(?:for|of|at)\s+(?:the\s+)?[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,3})?,\s*$`,
  'iu',
);
const SPEECH_AFTER = new RegExp(String.raw`^\s*(?:,\s*\d+\s*,\s*)?(${speechVerbAlternation('nameCue')})\b`);

const person = (_hit: true, n: TrimmedName) => makeHit(n, n.s, n.e, 'Person', false);
const words = (n: TrimmedName) => n.e - n.s + 1;
/** Two to four words: a full name, not a lone capitalized word nor a long title. */
const fullName = (n: TrimmedName) => words(n) >= 2 && words(n) <= 4;

const row = (name: string, test: (n: TrimmedName) => boolean): PersonRule => ({
  name,
  test,
  produce: person,
});

/** Person rules, in order, after the place rules; a run none of them takes is not a name. */
export const PERSON_NAME_RULES = [
  // "Mr Ivan Petrov", "Baroness Chapman".
  row('person-after-honorific', (n) => n.hadHonorific),
  // "envoy Ivan Petrov"; a lone word after a title at the sentence start may be a title's object.
  row('person-after-title', (n) => n.hadTitle && (n.s !== 0 || words(n) >= 2)),
  // "Ivan Petrov, 54, said".
  row('person-with-age', (n) => /^,\s*\d{1,3}\s*,/.test(n.tail)),
  // "killed Ivan Petrov, whom it accused": only people are "who".
  row('person-before-who', (n) => fullName(n) && /^,\s+(?:whom|who)\b/.test(n.tail)),
  // "elected Amina Keita as the new chairperson".
  row('person-given-a-role', (n) => fullName(n) && AS_ROLE.test(n.tail)),
  // "Ivan Petrov, the Russian envoy, said".
  row('person-before-role-in-commas', (n) => words(n) >= 2 && APPOSITIVE_ROLE.test(n.tail)),
  // "Britain's ambassador to Russia, Laurie Bristow".
  row('person-after-role-and-comma', (n) => words(n) >= 2 && ROLE_BEFORE_COMMA.test(leadOf(n, n.s, 70))),
  // "Laurie Bristow" when "Mr Bristow" appears elsewhere in the article.
  row(
    'person-known-by-honorific-elsewhere',
    (n) => words(n) >= 2 && n.honorificSurnames.has(n.tokens[n.e]!.text),
  ),
  // "Ivan Petrov said", "said Ivan Petrov".
  row(
    'person-speaking',
    (n) =>
      fullName(n) &&
      (SPEECH_AFTER.test(n.tail) ||
        (n.s > 0 &&
          /\bsaid\s*$/.test(n.text.slice(Math.max(0, n.tokens[n.s]!.start - 8), n.tokens[n.s]!.start)))),
  ),
];
