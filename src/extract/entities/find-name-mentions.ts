// Finds names no gazetteer knows: capitalized runs, classified by the name rules of lexicon/name-rules-*.

import type { Sentence } from '../../model/extraction.ts';
import { ORG_CONNECTORS, ORG_HEADS, PARTICLES } from '../lexicon/name-cues.ts';
import {
  NAME_RUN_RULES,
  ORGANIZATION_NAME_RULES,
  type NameVerdict,
} from '../lexicon/name-rules-organization.ts';
import { PERSON_NAME_RULES } from '../lexicon/name-rules-person.ts';
import { PLACE_NAME_RULES } from '../lexicon/name-rules-place.ts';
import { firstRule, type RuleTable } from '../rules/match-rules.ts';
import { isCapitalized, type Token } from '../text/tokenize.ts';
import { trimName, type NameHit, type NameRun, type TrimmedName } from './name-run.ts';

export type { NameHit } from './name-run.ts';

/** Rules on the trimmed name, in order: organizations, then places, then people. */
export const NAME_RULES: RuleTable<TrimmedName, NameVerdict> = [
  ...ORGANIZATION_NAME_RULES,
  ...PLACE_NAME_RULES,
  ...PERSON_NAME_RULES,
];

/**
 * `covered[i]` marks tokens already named by the gazetteer; `softCovered[i]` marks demonyms and country names,
 * which may still start an organization name ("British Council").
 */
export function findNameMentions(
  text: string,
  sentence: Sentence,
  tokens: Token[],
  covered: boolean[],
  softCovered: boolean[],
  honorificSurnames: Set<string>,
): NameHit[] {
  const hits: NameHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!(isCapitalized(tokens[i]!.text) && (!covered[i] || softCovered[i]))) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && joins(text, tokens, j, covered, softCovered)) j++;
    const run = { text, sentence, tokens, first: i, last: j, covered, soft: softCovered, honorificSurnames };
    const hit = classifyRun(run);
    if (hit) hits.push(hit);
    i = j + 1;
  }
  return hits;
}

function joins(text: string, tokens: Token[], j: number, covered: boolean[], soft: boolean[]): boolean {
  const next = tokens[j + 1]!;
  const gap = text.slice(tokens[j]!.end, next.start);
  if (covered[j + 1] && !soft[j + 1]) return false;
  if (gap === '-') return true; // "Ki-moon", "Jean-Claude"
  if (gap !== ' ') return false;
  if (isCapitalized(next.text)) return true;
  // "Syrian Observatory for Human Rights", "Ministry of Foreign Affairs": connectors after an organization head.
  if (ORG_CONNECTORS.has(next.text) && ORG_HEADS.has(tokens[j]!.text)) {
    const after = tokens[j + 2];
    const skipThe = after?.text === 'the' ? tokens[j + 3] : after;
    return !!skipThe && isCapitalized(skipThe.text) && !covered[j + 2];
  }
  if (next.text === 'the' && ORG_CONNECTORS.has(tokens[j]!.text)) return true;
  const after = tokens[j + 2];
  return (
    PARTICLES.has(next.text) &&
    !!after &&
    isCapitalized(after.text) &&
    text.slice(next.end, after.start).length <= 1
  );
}

/** The first name rule that decides: on the whole run, else on the name trimmed out of it. */
export function classifyRun(run: NameRun): NameHit | null {
  const onRun = firstRule(NAME_RUN_RULES, run);
  if (onRun) return onRun.output || null;
  const name = trimName(run);
  return (name && firstRule(NAME_RULES, name)?.output) || null;
}
