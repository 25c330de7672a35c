// Running totals of what a write changed, summed from Neo4j's per-statement counters.

export interface WriteCounts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export function emptyCounts(): WriteCounts {
  return {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
  };
}

/** Adds Neo4j's `counters.updates()` (or another WriteCounts) into `total`. */
export function addCounts(
  total: WriteCounts,
  delta: Partial<Record<keyof WriteCounts, number>>,
): WriteCounts {
  total.nodesCreated += delta.nodesCreated ?? 0;
  total.nodesDeleted += delta.nodesDeleted ?? 0;
  total.relationshipsCreated += delta.relationshipsCreated ?? 0;
  total.relationshipsDeleted += delta.relationshipsDeleted ?? 0;
  total.propertiesSet += delta.propertiesSet ?? 0;
  return total;
}
