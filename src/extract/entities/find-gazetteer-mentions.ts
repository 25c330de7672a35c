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
  const heads = formHeads(g);
  for (let i = 0; i < tokens.length;) {
    let matched = 0;
    const head = text.slice(tokens[i]!.start, tokens[i]!.start + HEAD);
    // Most words begin no form: then only surfaces shorter than a head ("UK") are worth a lookup.
    const mayBeginForm = heads.has(head) || SHOUTED_HEAD.test(head);
    for (let n = Math.min(g.maxTokens, tokens.length - i); n >= 1; n--) {
      const surface = text.slice(tokens[i]!.start, tokens[i + n - 1]!.end);
      if (!mayBeginForm && surface.length >= HEAD) continue;
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

/** How many leading characters of a surface are checked against the forms' before any n-gram is built. */
const HEAD = 4;
const SHOUTED_HEAD = /^[\p{Lu}.\s]+$/u;
const headsOf = new WeakMap<Gazetteer, Set<string>>();

/** The first HEAD characters of every form of the gazetteer, computed once per gazetteer. */
function formHeads(g: Gazetteer): Set<string> {
  let heads = headsOf.get(g);
  if (!heads) {
    heads = new Set([...g.forms.keys()].map((form) => form.slice(0, HEAD)));
    headsOf.set(g, heads);
  }
  return heads;
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
