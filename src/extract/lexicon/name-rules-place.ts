// Name-finder rules for places: a facility or place noun after the name, a settlement told by its setting.

import type { TrimmedName } from '../entities/name-run.ts';
import { leadOf, makeHit } from '../entities/name-run.ts';
import type { Rule } from '../rules/match-rules.ts';
import { PLACE_NOUNS } from './name-cues.ts';
import type { NameVerdict } from './name-rules-organization.ts';

type PlaceRule = Rule<TrimmedName, true, NameVerdict>;

const FACILITY_AFTER =
  /^ (?:(?:nuclear|military|air|naval|gas|oil|power|border)\s+)?(?:site|facility|plant|base|airbase|field|crossing)\b/;
const PLACE_LEAD =
  /\b(?:town|city|village|region|province|port|district|capital|enclave|suburb|area|outskirts)\s+of\s+$/;
const SETTLEMENT_AFTER =
  /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:town|city|village|suburb|district|port|province|region|neighbou?rhood)\b/u;
const GATHERING_IN =
  /\b(?:talks|meeting|meetings|summit|conference|met|held|hosted|negotiations|visit|visited|arrived|gathered)\b[^,.;:"“”]{0,30}\b(?:in|at)\s+$/i;

const place = (_hit: true, n: TrimmedName) => makeHit(n, n.s, n.e, 'Place', false);
/** A name with an honorific or title before it is a person's, whatever its setting says. */
const untitled = (n: TrimmedName) => !n.hadHonorific && !n.hadTitle;

/** "the Natanz nuclear facility", "the Rafah crossing". */
const facility: PlaceRule = {
  name: 'place-by-facility-after',
  test: (n) => FACILITY_AFTER.test(n.tail),
  produce: place,
};

/** "Idlib province", "Kherson region": a lower-case place noun right after the name. */
const placeNoun: PlaceRule = {
  name: 'place-by-noun-after',
  test: (n) => {
    const next = n.tokens[n.e + 1];
    return !!next && PLACE_NOUNS.has(next.text) && n.text.slice(n.tokens[n.e]!.end, next.start) === ' ';
  },
  produce: place,
};

/** "the rebel-held town of Douma". */
const townOf: PlaceRule = {
  name: 'place-after-town-of',
  test: (n) => untitled(n) && PLACE_LEAD.test(leadOf(n, n.s, 30)),
  produce: place,
};

/** "in Bucha, a suburb of Kyiv": a name after "in", then a description. */
const inWithDescription: PlaceRule = {
  name: 'place-in-then-described',
  test: (n) =>
    untitled(n) &&
    /\b(?:in|near|outside)\s+$/.test(leadOf(n, n.s, 30)) &&
    /^,\s+(?:a|an|the)?\s*[\p{Lu}\p{Ll}]/u.test(n.tail),
  produce: place,
};

/** "Tal Rifaat, a town north of Aleppo": a settlement by the description after it. */
const describedAfter: PlaceRule = {
  name: 'place-described-as-settlement',
  test: (n) => untitled(n) && SETTLEMENT_AFTER.test(n.tail),
  produce: place,
};

/** "two days of talks in Almaty", "told a news conference in Rawalpindi": where a gathering was held. */
const gatheringIn: PlaceRule = {
  name: 'place-of-a-gathering',
  test: (n) => untitled(n) && n.e - n.s < 2 && GATHERING_IN.test(leadOf(n, n.s, 50)),
  produce: place,
};

/** Place rules, in order, after the organization rules and before the person rules. */
export const PLACE_NAME_RULES = [
  facility,
  placeNoun,
  townOf,
  inWithDescription,
  describedAfter,
  gatheringIn,
] as const;
