// Finds a person named again by one part of the full name: "Moon Jae-in ... Moon said", "Ivan Petrov ... Petrov".

import { NOT_NAME_WORDS, PARTICLES } from '../lexicon/name-cues.ts';
import { isCapitalized, type Token } from '../text/tokenize.ts';
import type { EntityMention, EntityRecord, TextLayer } from '../types.ts';
import type { EntityRegistry } from './entity-registry.ts';

/**
 * Family name first or last, a part of a full name stands for the person when exactly one person named
 * earlier in the article has it as the first or the last part of the name. Two people sharing it ("Kim" for
 * two Kims) leave it unlinked, as does a part met before any full name. A month or a sentence word ("May",
 * "The") is never a name part.
 */
export function findNamePartMentions(
  layer: TextLayer,
  registry: EntityRegistry,
  mentions: readonly EntityMention[],
): EntityMention[] {
  const { text } = layer.article;
  const people = namePartsOf(registry.records);
  if (people.size === 0) return [];
  const firstSeen = new Map<string, number>();
  for (const m of mentions)
    firstSeen.set(m.entityId, Math.min(m.start, firstSeen.get(m.entityId) ?? m.start));
  const taken = [...mentions].sort((a, b) => a.start - b.start);
  const found: EntityMention[] = [];
  let next = 0;
  for (const sentence of layer.sentences) {
    const tokens = layer.tokens[sentence.index] ?? [];
    tokens.forEach((t, i) => {
      while (next < taken.length && taken[next]!.end <= t.start) next++;
      if (overlapsFrom(taken, next, t.start, t.end)) return;
      const owners = people.get(t.text);
      if (!owners || owners.length !== 1 || !isCapitalized(t.text) || NOT_NAME_WORDS.has(t.text)) return;
      // "Ri Yong Ho" is not Ri Song Chol: a part joined to other capitalized words is part of another name.
      if (joinedName(text, tokens[i - 1], t) || joinedName(text, t, tokens[i + 1])) return;
      const id = owners[0]!;
      const seen = firstSeen.get(id);
      if (seen === undefined || seen > t.start) return;
      found.push(registry.mention(text, t.start, t.end, sentence.index, id, 'surname'));
    });
  }
  return found;
}

/** First and last parts of every person's name of two parts or more -> the people with that part. */
function namePartsOf(records: Map<string, EntityRecord>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of records.values()) {
    if (r.type !== 'Person') continue;
    const parts = r.name.split(/\s+/).filter((p) => !PARTICLES.has(p.toLowerCase()));
    if (parts.length < 2) continue;
    for (const part of new Set([parts[0]!, parts.at(-1)!])) {
      const owners = out.get(part) ?? [];
      if (!owners.includes(r.id)) owners.push(r.id);
      out.set(part, owners);
    }
  }
  return out;
}

/** Whether two neighbouring tokens read as one name: both capitalized name words, one space or a hyphen apart. */
function joinedName(text: string, left: Token | undefined, right: Token | undefined): boolean {
  if (!left || !right) return false;
  const gap = text.slice(left.end, right.start);
  const nameWord = (t: Token) => isCapitalized(t.text) && !NOT_NAME_WORDS.has(t.text);
  return (gap === ' ' || gap === '-') && nameWord(left) && nameWord(right);
}

/** Whether a mention from index `from` on (sorted by start) overlaps [start, end). */
function overlapsFrom(sorted: readonly EntityMention[], from: number, start: number, end: number): boolean {
  for (let k = from; k < sorted.length && sorted[k]!.start < end; k++)
    if (sorted[k]!.end > start) return true;
  return false;
}
