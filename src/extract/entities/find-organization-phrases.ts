// Finds organs of a state ("Russia's foreign ministry") and governments ("the UK government", "Syrian regime").

import { capture } from '../text/capture.ts';
import type { Sentence } from '../../model/extraction.ts';
import type { Gazetteer } from '../gazetteer/gazetteer-types.ts';
import { GOVERNMENT_NOUNS, MINISTRY_KINDS } from '../lexicon/name-cues.ts';
import { slugify } from '../text/fold.ts';

export interface PhraseHit {
  start: number;
  end: number;
  sentence: number;
  entityId: string;
  /** Set when the phrase names a new organization the gazetteer does not hold. */
  newOrg?: { name: string };
  kind: 'ministry' | 'government';
}

const MINISTRY = new RegExp(
  String.raw`(?:\b(?:[Tt]he\s+)?([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}]*)?)(?:'s|’s)?\s+)?\b(${MINISTRY_KINDS.join('|')})\s+ministry\b`,
  'giu',
);
const GOVERNMENT = new RegExp(
  String.raw`\b(?:[Tt]he\s+)?([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}]*)?)(?:'s|’s)?\s+(${[...GOVERNMENT_NOUNS].join('|')})\b`,
  'gu',
);

/** `lastMinistry` carries "the foreign ministry" back to the country named earlier in the article. */
export function findOrganizationPhrases(
  sentence: Sentence,
  g: Gazetteer,
  lastMinistry: Map<string, string>,
  defaultCountry: string | null,
): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const { text } = sentence;
  for (const m of text.matchAll(MINISTRY)) {
    const kind = capture(m, 2).toLowerCase().replace('defense', 'defence');
    // "summoned to Iran's foreign ministry": the owner may be only the last word before the kind.
    const lastWord = m[1]?.split(/\s+/).pop();
    const countryId = m[1] ? (countryOf(g, m[1]) ?? (lastWord ? countryOf(g, lastWord) : null)) : null;
    const ownerId = countryId ?? lastMinistry.get(kind) ?? defaultCountry;
    if (!ownerId) continue;
    lastMinistry.set(kind, ownerId);
    const demonym = g.demonymOf.get(ownerId) ?? g.entities.get(ownerId)?.name ?? ownerId;
    const name = `${demonym} ${kind[0]!.toUpperCase()}${kind.slice(1)} Ministry`;
    // Owned by the last word only ("to Iran's"): the country keeps its own mention, the organ starts at its kind.
    const lead = /^[Tt]he\s+/.exec(m[0])?.[0].length ?? 0;
    const start = m[1] && !countryOf(g, m[1]) ? m.index + m[0].indexOf(capture(m, 2)) : m.index + lead;
    hits.push({
      start: sentence.start + start,
      end: sentence.start + m.index + m[0].length,
      sentence: sentence.index,
      entityId: `org:${slugify(g.entities.get(ownerId)?.name ?? ownerId)}-${kind}-ministry`,
      newOrg: { name },
      kind: 'ministry',
    });
  }
  for (const m of text.matchAll(GOVERNMENT)) {
    const countryId = countryOf(g, capture(m, 1));
    if (!countryId) continue;
    hits.push({
      start: sentence.start + m.index,
      end: sentence.start + m.index + m[0].length,
      sentence: sentence.index,
      entityId: countryId,
      kind: 'government',
    });
  }
  return hits;
}

function countryOf(g: Gazetteer, word: string): string | null {
  const byDemonym = g.demonyms.get(word.toLowerCase());
  if (byDemonym) return byDemonym;
  for (const f of g.forms.get(word) ?? []) {
    if (f.entityType === 'Country' && f.kind !== 'surname') return f.entityId;
  }
  return null;
}
