// One-to-one matching of predictions to gold items, best pairs first; optional gold items absorb without counting.

import type { Counts } from './counts.ts';

export interface Pair {
  pred: number;
  gold: number;
  score: number;
}

export interface Assignment {
  counts: Counts;
  /** pred index -> gold index, for required and optional matches. */
  matched: Map<number, number>;
  unmatchedPred: number[];
  unmatchedGold: number[];
}

export function assignMatches(predCount: number, goldOptional: boolean[], pairs: Pair[]): Assignment {
  const matched = new Map<number, number>();
  const goldTaken = new Set<number>();
  const sorted = [...pairs].sort(
    (a, b) => b.score - a.score || Number(goldOptional[a.gold]) - Number(goldOptional[b.gold]),
  );
  for (const p of sorted) {
    if (matched.has(p.pred) || goldTaken.has(p.gold)) continue;
    matched.set(p.pred, p.gold);
    goldTaken.add(p.gold);
  }
  // A prediction that only matches an optional item (already taken or not) is not counted either way.
  const absorbed = new Set<number>();
  for (const p of pairs) if (!matched.has(p.pred) && goldOptional[p.gold]) absorbed.add(p.pred);
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const unmatchedPred: number[] = [];
  for (let i = 0; i < predCount; i++) {
    const g = matched.get(i);
    if (g !== undefined) {
      if (!goldOptional[g]) counts.tp++;
    } else if (!absorbed.has(i)) {
      counts.fp++;
      unmatchedPred.push(i);
    }
  }
  const unmatchedGold: number[] = [];
  goldOptional.forEach((optional, g) => {
    if (!optional && !goldTaken.has(g)) {
      counts.fn++;
      unmatchedGold.push(g);
    }
  });
  return { counts, matched, unmatchedPred, unmatchedGold };
}
