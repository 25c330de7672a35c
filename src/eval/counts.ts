// Precision/recall counters that add up across articles (micro-averaging).

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Ratio {
  hit: number;
  total: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
export const emptyRatio = (): Ratio => ({ hit: 0, total: 0 });

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export function addRatio(a: Ratio, b: Ratio): Ratio {
  return { hit: a.hit + b.hit, total: a.total + b.total };
}

export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}

export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
}

export function f1(c: Counts): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function share(r: Ratio): number {
  return r.total === 0 ? 1 : r.hit / r.total;
}
