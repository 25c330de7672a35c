// Scores one article's extraction against its gold file, following GUIDE.md "How extraction is scored".

import type { Extraction } from '../model/extraction.ts';
import { fold } from '../extract/text/fold.ts';
import { assignMatches, type Pair } from './assign-matches.ts';
import type { Counts, Ratio } from './counts.ts';
import type { Gold, GoldEntity } from './gold.ts';
import { matchEvents } from './match-events.ts';
import { intersects, namesOfEntity, namesOfGoldRef } from './names.ts';

export interface ArticleScore {
  entities: Counts;
  events: Counts;
  claims: Counts;
  attribution: Ratio;
  eventDate: Ratio;
  eventLocation: Ratio;
  misses: { kind: 'entity' | 'event' | 'claim' | 'speaker'; side: 'FN' | 'FP'; text: string }[];
}

export function scoreArticle(x: Extraction, gold: Gold): ArticleScore {
  const misses: ArticleScore['misses'] = [];
  const byId = new Map(x.entities.map((e) => [e.id, e]));
  const namesOf = (id: string | null) => {
    const e = id ? byId.get(id) : undefined;
    return e ? namesOfEntity(e) : new Set<string>();
  };
  const goldNames = (ref: string) => namesOfGoldRef(ref, gold.entities);

  // Entities: same type, a shared name or alias.
  const entityPairs: Pair[] = [];
  x.entities.forEach((e, p) => {
    const names = namesOfEntity(e);
    gold.entities.forEach((g, i) => {
      if (g.type !== e.type) return;
      const gNames = new Set([g.name, ...(g.aliases ?? [])].map(fold));
      if (intersects(names, gNames))
        entityPairs.push({ pred: p, gold: i, score: fold(g.name) === fold(e.name) ? 2 : 1 });
    });
  });
  const ents = assignMatches(
    x.entities.length,
    gold.entities.map((g) => !!g.optional),
    entityPairs,
  );
  for (const p of ents.unmatchedPred)
    misses.push({ kind: 'entity', side: 'FP', text: `${x.entities[p]!.type} ${x.entities[p]!.name}` });
  for (const g of ents.unmatchedGold)
    misses.push({ kind: 'entity', side: 'FN', text: `${gold.entities[g]!.type} ${gold.entities[g]!.name}` });

  // Events: same type, same date when both have one, and a shared participant or the location.
  const evs = matchEvents(x.events, gold.events, namesOf, goldNames);
  const eventDate: Ratio = { hit: 0, total: 0 };
  const eventLocation: Ratio = { hit: 0, total: 0 };
  for (const [p, gi] of evs.matched) {
    const e = x.events[p]!;
    const g = gold.events[gi]!;
    if (g.optional) continue;
    eventDate.total++;
    eventLocation.total++;
    if (e.date === g.date || (e.date !== null && (g.dateAlternatives ?? []).includes(e.date)))
      eventDate.hit++;
    if (
      g.location === null ? e.locationId === null : intersects(namesOf(e.locationId), goldNames(g.location))
    )
      eventLocation.hit++;
  }
  for (const p of evs.unmatchedPred)
    misses.push({
      kind: 'event',
      side: 'FP',
      text: `${x.events[p]!.type} ${x.events[p]!.label} ${x.events[p]!.date ?? ''}`,
    });
  for (const g of evs.unmatchedGold)
    misses.push({
      kind: 'event',
      side: 'FN',
      text: `${gold.events[g]!.type} ${gold.events[g]!.key ?? ''} ${gold.events[g]!.date ?? ''}`,
    });

  // Claims: overlapping text (token F1 >= 0.5, or one contains the other).
  const claimPairs: Pair[] = [];
  x.claims.forEach((c, p) => {
    gold.claims.forEach((g, i) => {
      const score = textOverlap(c.text, g.text);
      if (score > 0) claimPairs.push({ pred: p, gold: i, score });
    });
  });
  const cls = assignMatches(
    x.claims.length,
    gold.claims.map((g) => !!g.optional),
    claimPairs,
  );
  const attribution: Ratio = { hit: 0, total: 0 };
  for (const [p, gi] of cls.matched) {
    const c = x.claims[p]!;
    const g = gold.claims[gi]!;
    if (g.optional) continue;
    attribution.total++;
    if (speakerMatches(c.speakerId, g.speaker, g.speakerAlternatives ?? [], namesOf, goldNames))
      attribution.hit++;
    else
      misses.push({
        kind: 'speaker',
        side: 'FP',
        text: `${c.speakerId ?? 'null'} (gold ${g.speaker ?? 'null'}): ${c.text.slice(0, 70)}`,
      });
  }
  for (const p of cls.unmatchedPred)
    misses.push({ kind: 'claim', side: 'FP', text: x.claims[p]!.text.slice(0, 100) });
  for (const g of cls.unmatchedGold)
    misses.push({ kind: 'claim', side: 'FN', text: gold.claims[g]!.text.slice(0, 100) });

  return {
    entities: ents.counts,
    events: evs.counts,
    claims: cls.counts,
    attribution,
    eventDate,
    eventLocation,
    misses,
  };
}

/** Token F1 when at least 0.5, 1 + F1 when one text contains the other, else 0. */
export function textOverlap(a: string, b: string): number {
  const fa = fold(a);
  const fb = fold(b);
  if (!fa || !fb) return 0;
  const ta = fa.split(' ');
  const tb = fb.split(' ');
  const counts = new Map<string, number>();
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  const f = common === 0 ? 0 : (2 * common) / (ta.length + tb.length);
  if (fa.includes(fb) || fb.includes(fa)) return 1 + f;
  return f >= 0.5 ? f : 0;
}

function speakerMatches(
  predId: string | null,
  gold: string | null,
  alternatives: (string | null)[],
  namesOf: (id: string | null) => Set<string>,
  goldNames: (ref: string) => Set<string>,
): boolean {
  for (const ref of [gold, ...alternatives]) {
    if (ref === null ? predId === null : predId !== null && intersects(namesOf(predId), goldNames(ref)))
      return true;
  }
  return false;
}

export type { GoldEntity };
