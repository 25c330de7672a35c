// Prepares parameters for Neo4j: JavaScript integers become Cypher INTEGERs (the driver would send floats).

import neo4j from 'neo4j-driver';

export function toCypherParams<T>(value: T): T {
  return convert(value) as T;
}

function convert(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(convert);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = convert(inner);
    return out;
  }
  return value;
}

/** A statement over lists does nothing when every list is empty: not worth a round of planning and execution. */
export function worthRunning(params: Record<string, unknown>): boolean {
  const lists = Object.values(params).filter((value) => Array.isArray(value));
  return lists.length === 0 || lists.some((list) => list.length > 0);
}
