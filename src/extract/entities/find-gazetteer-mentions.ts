// Finds the longest gazetteer surface forms in each sentence (countries, capitals, demonyms, orgs, places, people).

import type { Sentence } from '../../model/extraction.ts';
import type { Gazetteer, SurfaceForm } from '../gazetteer/gazetteer-types.ts';
import { isAllCaps, type Token } from '../text/tokenize.ts';

export interface GazetteerHit {
  start: number;
  end: number;
  sentence: number;
  /** Token index range [first, last] in the sentence. */
  first: number;
  last: number;
  forms: SurfaceForm[];
}

export function findGazetteerMentions(
  text: string,
  sentence: Sentence,
  tokens: Token[],
  g: Gazetteer,
): GazetteerHit[] {
  const hits: GazetteerHit[] = [];
  for (let i = 0; i < tokens.length;) {
    let matched = 0;
    for (let n = Math.min(g.maxTokens, tokens.length - i); n >= 1; n--) {
      const surface = text.slice(tokens[i]!.start, tokens[i + n - 1]!.end);
      const forms = lookup(g, surface);
      if (!forms) continue;
      hits.push({
        start: tokens[i]!.start,
        end: tokens[i + n - 1]!.end,
        sentence: sentence.index,
        first: i,
        last: i + n - 1,
        forms,
      });
      matched = n;
      break;
    }
    i += matched || 1;
  }
  return hits;
}

/** Only capitals, dots and spaces: fails at the first lower-case letter, so most n-grams cost nothing. */
const SHOUTED = /^[\p{Lu}.]+(?:\s+[\p{Lu}.]+)*$/u;

/** Exact forms first; an all-caps dateline word ("MOSCOW") is looked up in title case. */
function lookup(g: Gazetteer, surface: string): SurfaceForm[] | undefined {
  const exact = g.forms.get(surface);
  if (exact) return exact;
  // "NEW YORK —", "ST PETERSBURG —": every word of a dateline is in capitals.
  if (surface.length > 3 && SHOUTED.test(surface) && surface.split(/\s+/).every((w) => isAllCaps(w))) {
    const titled = surface
      .toLowerCase()
      .replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
    return g.forms.get(titled);
  }
  return undefined;
}
