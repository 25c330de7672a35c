// Finds names no gazetteer knows: capitalized runs with a person, organization, media or place cue.

import type { EntityType, Sentence } from '../../model/extraction.ts';
import {
  HONORIFICS,
  MEDIA_NOUNS,
  NOT_NAME_WORDS,
  ORG_HEADS,
  ORG_LEAD,
  PERSON_LEAD_NOUNS,
  PLACE_HEADS,
  PLACE_NOUNS,
} from '../lexicon/name-cues.ts';
import { ROLE_TITLES, TITLE_WORDS } from '../lexicon/roles.ts';
import { speechVerbAlternation } from '../lexicon/speech-verbs.ts';
import { isCapitalized, type Token } from '../text/tokenize.ts';

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

const ORDINALS = new Set(['First', 'Second', 'Third', 'Fourth', 'Fifth']);
const ORG_CONNECTORS = new Set(['of', 'for', 'on', 'and']);
/** "Foreign Ministry" alone names no particular ministry; the organization-phrase pass resolves its country. */
const BARE_ORGAN =
  /^(?:(?:Foreign|Defen[cs]e|Interior|Finance|Justice|Health|Trade|State)\s+)?(?:Ministry|Department|Office)$/;
const APPOSITIVE_ROLE = new RegExp(
  String.raw`^,\s+(?:the\s+|a\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:${Object.keys(ROLE_TITLES)
    .sort((a, b) => b.length - a.length)
    .join('|')})\b`,
  'iu',
);
const SETTLEMENT_AFTER =
  /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:town|city|village|suburb|district|port|province|region|neighbou?rhood)\b/u;
const GATHERING_IN =
  /\b(?:talks|meeting|meetings|summit|conference|met|held|hosted|negotiations|visit|visited|arrived|gathered)\b[^,.;:"“”]{0,30}\b(?:in|at)\s+$/i;
/** "as the new commission chairperson", "as foreign minister": a role the name is given. */
const AS_ROLE = new RegExp(
  String.raw`^\s+as\s+(?:(?:the|its|their|a)\s+)?(?:(?:new|next|interim|acting|first)\s+)?(?:[\p{L}-]+\s+){0,2}(?:${Object.keys(
    ROLE_TITLES,
  )
    .sort((a, b) => b.length - a.length)
    .join('|')})\b`,
  'iu',
);
const PLACE_LEAD =
  /\b(?:town|city|village|region|province|port|district|capital|enclave|suburb|area|outskirts)\s+of\s+$/;
/** "Britain's ambassador to Russia, Laurie Bristow": a role, a comma, then the name. */
const ROLE_BEFORE_COMMA = new RegExp(
  String.raw`\b(?:${Object.keys(ROLE_TITLES)
    .sort((a, b) => b.length - a.length)
    .join(
      '|',
    )})(?:\s+to\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}]*)*|\s+(?:for|of|at)\s+(?:the\s+)?[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,3})?,\s*$`,
  'iu',
);
const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'de',
  'van',
  'von',
  'der',
  'da',
  'di',
  'la',
  'le',
  'du',
  'dos',
]);
const SPEECH_AFTER = new RegExp(String.raw`^\s*(?:,\s*\d+\s*,\s*)?(${speechVerbAlternation('nameCue')})\b`);

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
    const hit = classifyRun(text, sentence, tokens, i, j, covered, softCovered, honorificSurnames);
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

function classifyRun(
  text: string,
  sentence: Sentence,
  tokens: Token[],
  first: number,
  last: number,
  covered: boolean[],
  soft: boolean[],
  honorificSurnames: Set<string>,
): NameHit | null {
  const lastTok = tokens[last]!;
  // Organizations may begin with a demonym or country ("British Council", "Russian Orthodox Church").
  const hasNewWord = tokens.slice(first, last + 1).some((_t, k) => !covered[first + k]);
  const viaConnector = tokens
    .slice(first, last)
    .some((t, k) => ORG_HEADS.has(t.text) && ORG_CONNECTORS.has(tokens[first + k + 1]!.text));
  if ((ORG_HEADS.has(lastTok.text) || viaConnector) && first < last && hasNewWord) {
    const start = skipLeading(tokens, first, last);
    if (start < last || !NOT_NAME_WORDS.has(tokens[start]!.text)) {
      // "NATO-Ukraine Council": a hyphenated known name opens the organization's name.
      const hyphened =
        start === first &&
        start > 0 &&
        text.slice(tokens[start - 1]!.end, tokens[start]!.start) === '-' &&
        isCapitalized(tokens[start - 1]!.text);
      const hit = makeHit(text, sentence, tokens, hyphened ? start - 1 : start, last, 'Organization', true);
      return BARE_ORGAN.test(hit.name) ? null : hit;
    }
  }
  // "Second Thomas Shoal", "Kerch Strait": a geographic feature, ordinal included.
  if (PLACE_HEADS.has(lastTok.text) && first < last && hasNewWord) {
    let start = first;
    while (
      start < last &&
      (soft[start] || covered[start] || NOT_NAME_WORDS.has(tokens[start]!.text)) &&
      !ORDINALS.has(tokens[start]!.text)
    )
      start++;
    if (start < last) return makeHit(text, sentence, tokens, start, last, 'Place', true);
  }
  // Otherwise drop soft-covered (demonym) tokens, function words and titles at the edges.
  let s = first;
  while (s <= last && (soft[s] || covered[s])) s++;
  let hadHonorific = false;
  let hadTitle = false;
  while (
    s <= last &&
    (NOT_NAME_WORDS.has(tokens[s]!.text) ||
      HONORIFICS.has(tokens[s]!.text) ||
      TITLE_WORDS.has(tokens[s]!.text.toLowerCase()))
  ) {
    if (HONORIFICS.has(tokens[s]!.text)) hadHonorific = true;
    if (TITLE_WORDS.has(tokens[s]!.text.toLowerCase())) hadTitle = true;
    s++;
  }
  // "Secretary of State Marco Rubio": the last word of a multi-word title is not part of the name.
  while (
    s >= 2 &&
    s < last &&
    ROLE_TITLES[
      tokens
        .slice(s - 2, s + 1)
        .map((t) => t.text.toLowerCase())
        .join(' ')
    ] !== undefined
  ) {
    hadTitle = true;
    s++;
  }
  let e = last;
  while (e >= s && (NOT_NAME_WORDS.has(tokens[e]!.text) || covered[e])) e--;
  if (e < s) return null;
  for (let k = s; k <= e; k++) if (NOT_NAME_WORDS.has(tokens[k]!.text) || covered[k]) return null;
  const prevWord = s > 0 ? tokens[s - 1]!.text : '';
  // "calling itself the Islamic Resistance in Iraq", "news agency INA": a group's or agency's own name.
  const orgLead = text.slice(Math.max(sentence.start, tokens[s]!.start - 40), tokens[s]!.start);
  if (ORG_LEAD.test(orgLead) && s === first) {
    let end = e;
    const conn = tokens[e + 1];
    const owner = tokens[e + 2];
    if (conn && owner && /^(?:in|of|for)$/.test(conn.text) && isCapitalized(owner.text)) end = e + 2;
    return makeHit(text, sentence, tokens, s, end, 'Organization', true);
  }
  if (s > 0 && HONORIFICS.has(prevWord)) hadHonorific = true;
  if (s > 0 && PERSON_LEAD_NOUNS.has(prevWord) && s === first) hadTitle = true;
  if (s > 0 && ROLE_TITLES[prevWord.toLowerCase()] !== undefined) hadTitle = true;
  const tail = text.slice(tokens[e]!.end, tokens[e]!.end + 40);
  const media = MEDIA_NOUNS.find((n) => tail.startsWith(` ${n}`));
  if (media) return makeHit(text, sentence, tokens, s, e, 'Organization', false, media);
  const nextWord = tokens[e + 1];
  if (
    /^ (?:(?:nuclear|military|air|naval|gas|oil|power|border)\s+)?(?:site|facility|plant|base|airbase|field|crossing)\b/.test(
      tail,
    )
  ) {
    return makeHit(text, sentence, tokens, s, e, 'Place', false);
  }
  if (nextWord && PLACE_NOUNS.has(nextWord.text) && text.slice(tokens[e]!.end, nextWord.start) === ' ') {
    return makeHit(text, sentence, tokens, s, e, 'Place', false);
  }
  // "the rebel-held town of Douma", "in Bucha, a suburb of Kyiv": a settlement by its description or setting.
  const lead = text.slice(Math.max(sentence.start, tokens[s]!.start - 30), tokens[s]!.start);
  const wideLead = text.slice(Math.max(sentence.start, tokens[s]!.start - 50), tokens[s]!.start);
  if (
    PLACE_LEAD.test(lead) ||
    (/\b(?:in|near|outside)\s+$/.test(lead) && /^,\s+(?:a|an|the)?\s*[\p{Lu}\p{Ll}]/u.test(tail)) ||
    // "Tal Rifaat, a town north of Aleppo": a settlement by the description after it.
    SETTLEMENT_AFTER.test(tail) ||
    // "two days of talks in Almaty", "told a news conference in Rawalpindi": where a gathering was held.
    (e - s < 2 && GATHERING_IN.test(wideLead))
  ) {
    if (!hadHonorific && !hadTitle) return makeHit(text, sentence, tokens, s, e, 'Place', false);
  }
  const words = e - s + 1;
  const sentenceInitial = s === 0;
  const age =
    /^,\s*\d{1,3}\s*,/.test(tail) ||
    // "killed Fuad Shukr, whom it accused", "elected Amina Keita as the new chairperson": only people.
    (words >= 2 && words <= 4 && /^,\s+(?:whom|who)\b/.test(tail)) ||
    (words >= 2 && words <= 4 && AS_ROLE.test(tail)) ||
    (words >= 2 && APPOSITIVE_ROLE.test(tail)) ||
    (words >= 2 &&
      ROLE_BEFORE_COMMA.test(text.slice(Math.max(sentence.start, tokens[s]!.start - 70), tokens[s]!.start)));
  const speech =
    SPEECH_AFTER.test(tail) ||
    (s > 0 && /\bsaid\s*$/.test(text.slice(Math.max(0, tokens[s]!.start - 8), tokens[s]!.start)));
  const surname = tokens[e]!.text;
  const known = honorificSurnames.has(surname);
  if (
    hadHonorific ||
    (hadTitle && !sentenceInitial) ||
    (hadTitle && words >= 2) ||
    age ||
    (known && words >= 2)
  ) {
    return makeHit(text, sentence, tokens, s, e, 'Person', false);
  }
  if (speech && words >= 2 && words <= 4) return makeHit(text, sentence, tokens, s, e, 'Person', false);
  return null;
}

function skipLeading(tokens: Token[], first: number, last: number): number {
  let s = first;
  while (s < last && (NOT_NAME_WORDS.has(tokens[s]!.text) || HONORIFICS.has(tokens[s]!.text))) s++;
  return s;
}

function makeHit(
  text: string,
  sentence: Sentence,
  tokens: Token[],
  s: number,
  e: number,
  type: EntityType,
  absorbs: boolean,
  suffix?: string,
): NameHit {
  const start = tokens[s]!.start;
  let end = tokens[e]!.end;
  if (suffix) end += suffix.length + 1;
  return {
    start,
    end,
    sentence: sentence.index,
    type,
    name: text.slice(start, end),
    first: s,
    last: e,
    absorbs,
  };
}
