// Name comparison for scoring: gold names and predicted entities compared as folded name sets.

import type { Entity } from '../model/extraction.ts';
import { fold } from '../extract/text/fold.ts';
import type { GoldEntity } from './gold.ts';

export function namesOfEntity(e: Pick<Entity, 'name' | 'aliases'>): Set<string> {
  return new Set([e.name, ...e.aliases].map(fold).filter(Boolean));
}

/** A gold reference ("Moscow", "Rex Tillerson") plus the aliases its gold entity lists. */
export function namesOfGoldRef(ref: string, gold: GoldEntity[]): Set<string> {
  const key = fold(ref);
  const out = new Set([key]);
  const named = gold.filter((g) => fold(g.name) === key);
  const owners = named.length ? named : gold.filter((g) => (g.aliases ?? []).map(fold).includes(key));
  for (const g of owners) for (const n of [g.name, ...(g.aliases ?? [])]) out.add(fold(n));
  return out;
}

export function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}
