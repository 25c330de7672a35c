// Decides whether a capital names the city (a Place) or stands for its country's government (metonymy).

import { CITY_MODIFIED_NOUNS, LOCATIVE_WORDS } from '../lexicon/name-cues.ts';
import type { Token } from '../text/tokenize.ts';

/**
 * "in Moscow", "MOSCOW —" (dateline), "the Moscow embassy" use the city; "Moscow was hoping",
 * "Moscow's grievances", "relations with Washington" use the government.
 */
export function capitalIsPlace(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
  atParagraphStart: boolean,
): boolean {
  const prev = tokens[first - 1];
  const next = tokens[last + 1];
  if (first === 0 && atParagraphStart) {
    const after = text.slice(tokens[last]!.end, tokens[last]!.end + 40);
    if (/^\s*(?:\([^)]{1,30}\)\s*)?[—–-]/.test(after) || /^,\s*\p{Lu}/u.test(after)) return true;
  }
  // "according to Abu Dhabi": a source, so the government.
  if (/\baccording\s+to\s+$/i.test(text.slice(Math.max(0, tokens[first]!.start - 14), tokens[first]!.start)))
    return false;
  if (
    prev &&
    LOCATIVE_WORDS.has(prev.text.toLowerCase()) &&
    text.slice(prev.end, tokens[first]!.start).trim() === ''
  ) {
    return true;
  }
  const lead = text.slice(Math.max(0, tokens[first]!.start - 20), tokens[first]!.start);
  if (/\b(?:suburb|suburbs|outskirts|centre|center|streets|heart|mayor|residents|city)\s+of\s+$/.test(lead))
    return true;
  if (next && CITY_MODIFIED_NOUNS.has(next.text) && text.slice(tokens[last]!.end, next.start) === ' ')
    return true;
  return false;
}
