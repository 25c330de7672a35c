// Matches predicted events to gold events (GUIDE.md): same type, same date when both have one, and a shared participant or the location.

import { assignMatches, type Assignment, type Pair } from './assign-matches.ts';
import type { GoldEvent } from './gold.ts';
import { intersects } from './names.ts';

/** What scoring reads of a predicted event, from an extraction or from the graph. */
export interface ScoredEvent {
  type: string;
  date: string | null;
  locationId: string | null;
  /** From the graph: every place its articles give (an article saying "Syria" of an attack in Khan Sheikhoun). */
  placeIds?: string[];
  participantIds: string[];
}

export function matchEvents(
  events: readonly ScoredEvent[],
  gold: readonly GoldEvent[],
  namesOf: (id: string | null) => Set<string>,
  goldNames: (ref: string) => Set<string>,
): Assignment {
  const pairs: Pair[] = [];
  events.forEach((e, p) => {
    gold.forEach((g, i) => {
      if (g.type !== e.type) return;
      // GUIDE.md: dateAlternatives are other dates accepted where the text is ambiguous.
      if (e.date && g.date && e.date !== g.date && !(g.dateAlternatives ?? []).includes(e.date)) return;
      let shared = 0;
      for (const ref of g.participants)
        if (e.participantIds.some((id) => intersects(namesOf(id), goldNames(ref)))) shared++;
      const places = [e.locationId, ...(e.placeIds ?? [])];
      if (g.location && places.some((id) => intersects(namesOf(id), goldNames(g.location ?? '')))) shared++;
      if (shared > 0) pairs.push({ pred: p, gold: i, score: shared + (e.date && e.date === g.date ? 1 : 0) });
    });
  });
  return assignMatches(
    events.length,
    gold.map((g) => !!g.optional),
    pairs,
  );
}
