// Name-finder rules for organizations and geographic features: a run ending in a head word, a lead or a medium.

import type { NameHit, NameRun, TrimmedName } from '../entities/name-run.ts';
import { leadOf, makeHit } from '../entities/name-run.ts';
import type { Rule } from '../rules/match-rules.ts';
import { isCapitalized } from '../text/tokenize.ts';
import {
  HONORIFICS,
  MEDIA_NOUNS,
  NOT_NAME_WORDS,
  ORG_CONNECTORS,
  ORG_HEADS,
  ORG_LEAD,
  PLACE_HEADS,
} from './name-cues.ts';

/** A rule's result: a hit, or `false` for "this run is no name" (stops the table); null lets the next row try. */
export type NameVerdict = NameHit | false;

const ORDINALS = new Set(['First', 'Second', 'Third', 'Fourth', 'Fifth']);
/** "Foreign Ministry" alone names no particular ministry; the organization-phrase pass resolves its country. */
const BARE_ORGAN =
  /^(?:(?:Foreign|Defen[cs]e|Interior|Finance|Justice|Health|Trade|State)\s+)?(?:Ministry|Department|Office)$/;

/** Whether the run holds a token the gazetteer did not name: "British Council" is new, "British" alone is not. */
const hasNewWord = (r: NameRun) =>
  r.tokens.slice(r.first, r.last + 1).some((_t, k) => !r.covered[r.first + k]);

/** "British Council", "Ministry of Foreign Affairs": a run ending in (or joined by) an organization head. */
const organizationByHead: Rule<NameRun, number, NameVerdict> = {
  name: 'organization-by-head-word',
  test: (r) => {
    const viaConnector = r.tokens
      .slice(r.first, r.last)
      .some((t, k) => ORG_HEADS.has(t.text) && ORG_CONNECTORS.has(r.tokens[r.first + k + 1]!.text));
    if (!(ORG_HEADS.has(r.tokens[r.last]!.text) || viaConnector) || r.first >= r.last || !hasNewWord(r))
      return null;
    let start = r.first;
    while (
      start < r.last &&
      (NOT_NAME_WORDS.has(r.tokens[start]!.text) || HONORIFICS.has(r.tokens[start]!.text))
    )
      start++;
    return start < r.last || !NOT_NAME_WORDS.has(r.tokens[start]!.text) ? start : null;
  },
  produce: (start, r) => {
    // "NATO-Ukraine Council": a hyphenated known name opens the organization's name.
    const before = r.tokens[start - 1];
    const hyphened =
      start === r.first &&
      !!before &&
      r.text.slice(before.end, r.tokens[start]!.start) === '-' &&
      isCapitalized(before.text);
    const hit = makeHit(r, hyphened ? start - 1 : start, r.last, 'Organization', true);
    return BARE_ORGAN.test(hit.name) ? false : hit;
  },
};

/** "Second Thomas Shoal", "Kerch Strait": a geographic feature, ordinal included. */
const geographicFeature: Rule<NameRun, number, NameVerdict> = {
  name: 'feature-by-head-word',
  test: (r) => {
    if (!PLACE_HEADS.has(r.tokens[r.last]!.text) || r.first >= r.last || !hasNewWord(r)) return null;
    let start = r.first;
    const skippable = (k: number) => r.soft[k] || r.covered[k] || NOT_NAME_WORDS.has(r.tokens[k]!.text);
    while (start < r.last && skippable(start) && !ORDINALS.has(r.tokens[start]!.text)) start++;
    return start < r.last ? start : null;
  },
  produce: (start, r) => makeHit(r, start, r.last, 'Place', true),
};

/** Rules on the whole run, before its edges are trimmed, in order. */
export const NAME_RUN_RULES = [organizationByHead, geographicFeature] as const;

/** "calling itself the Islamic Resistance in Iraq", "news agency INA": a group's or agency's own name. */
const organizationByLead: Rule<TrimmedName, true, NameVerdict> = {
  name: 'organization-after-lead',
  test: (n) => n.s === n.first && ORG_LEAD.test(leadOf(n, n.s, 40)),
  produce: (_hit, n) => {
    const conn = n.tokens[n.e + 1];
    const owner = n.tokens[n.e + 2];
    const ofOwner = !!conn && !!owner && /^(?:in|of|for)$/.test(conn.text) && isCapitalized(owner.text);
    return makeHit(n, n.s, ofOwner ? n.e + 2 : n.e, 'Organization', true);
  },
};

/** "MIR television", "Tasnim news agency": a name and the medium it is. */
const mediaByNoun: Rule<TrimmedName, string, NameVerdict> = {
  name: 'media-by-noun-after',
  test: (n) => MEDIA_NOUNS.find((noun) => n.tail.startsWith(` ${noun}`)),
  produce: (noun, n) => makeHit(n, n.s, n.e, 'Organization', false, noun),
};

/** Organization rules on the trimmed name, tried before the place and person rules. */
export const ORGANIZATION_NAME_RULES = [organizationByLead, mediaByNoun] as const;
