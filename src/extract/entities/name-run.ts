// A run of capitalized tokens the name finder reads, the name trimmed out of it, and the hit it makes.

import type { EntityType, Sentence } from '../../model/extraction.ts';
import { HONORIFICS, NOT_NAME_WORDS, PERSON_LEAD_NOUNS } from '../lexicon/name-cues.ts';
import { ROLE_TITLES, TITLE_WORDS } from '../lexicon/roles.ts';
import type { Token } from '../text/tokenize.ts';

export interface NameHit {
  start: number;
  end: number;
  sentence: number;
  type: EntityType;
  name: string;
  first: number;
  last: number;
  /** Ranges of earlier hits this one absorbs ("British" inside "British Council"). */
  absorbs: boolean;
}

/** Tokens `first`..`last` of a sentence, capitalized and joined; `covered` marks gazetteer names, `soft` demonyms. */
export interface NameRun {
  text: string;
  sentence: Sentence;
  tokens: Token[];
  first: number;
  last: number;
  covered: boolean[];
  soft: boolean[];
  /** Surnames that follow "Mr", "Dr" somewhere in the article. */
  honorificSurnames: Set<string>;
}

/** The name inside a run (tokens `s`..`e`), with what was trimmed off its front. */
export interface TrimmedName extends NameRun {
  s: number;
  e: number;
  hadHonorific: boolean;
  hadTitle: boolean;
  /** The 40 characters after the name. */
  tail: string;
}

/** Drops demonyms, function words and titles at the edges; null when nothing name-like is left. */
export function trimName(run: NameRun): TrimmedName | null {
  const { tokens, first, last, covered, soft } = run;
  let s = first;
  while (s <= last && (soft[s] || covered[s])) s++;
  let hadHonorific = false;
  let hadTitle = false;
  for (; s <= last; s++) {
    const word = tokens[s]!.text;
    const honorific = HONORIFICS.has(word);
    const title = TITLE_WORDS.has(word.toLowerCase());
    if (!NOT_NAME_WORDS.has(word) && !honorific && !title) break;
    hadHonorific ||= honorific;
    hadTitle ||= title;
  }
  // "Secretary of State Marco Rubio": the last word of a multi-word title is not part of the name.
  while (s >= 2 && s < last && ROLE_TITLES[wordsAt(tokens, s - 2, s)] !== undefined) {
    hadTitle = true;
    s++;
  }
  let e = last;
  while (e >= s && (NOT_NAME_WORDS.has(tokens[e]!.text) || covered[e])) e--;
  if (e < s) return null;
  for (let k = s; k <= e; k++) if (NOT_NAME_WORDS.has(tokens[k]!.text) || covered[k]) return null;
  const prevWord = s > 0 ? tokens[s - 1]!.text : '';
  if (s > 0 && HONORIFICS.has(prevWord)) hadHonorific = true;
  if (s > 0 && PERSON_LEAD_NOUNS.has(prevWord) && s === first) hadTitle = true;
  if (s > 0 && ROLE_TITLES[prevWord.toLowerCase()] !== undefined) hadTitle = true;
  const tail = run.text.slice(tokens[e]!.end, tokens[e]!.end + 40);
  return { ...run, s, e, hadHonorific, hadTitle, tail };
}

/** Up to `chars` characters of the sentence before token `at`. */
export function leadOf(run: NameRun, at: number, chars: number): string {
  const start = run.tokens[at]!.start;
  return run.text.slice(Math.max(run.sentence.start, start - chars), start);
}

/** The hit for tokens `s`..`e` of the run; `suffix` extends it over a following word ("MIR television"). */
export function makeHit(
  run: NameRun,
  s: number,
  e: number,
  type: EntityType,
  absorbs: boolean,
  suffix?: string,
): NameHit {
  const start = run.tokens[s]!.start;
  const end = run.tokens[e]!.end + (suffix ? suffix.length + 1 : 0);
  return {
    start,
    end,
    sentence: run.sentence.index,
    type,
    name: run.text.slice(start, end),
    first: s,
    last: e,
    absorbs,
  };
}

function wordsAt(tokens: Token[], from: number, to: number): string {
  return tokens
    .slice(from, to + 1)
    .map((t) => t.text.toLowerCase())
    .join(' ');
}
