// Checks that both sides of the comparison answered with the same data: the same ids (and search scores).

/** Every `id` in a GraphQL response, sorted. */
export function idsIn(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) idsIn(item, into);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'id' && typeof item === 'string') into.push(item);
      else idsIn(item, into);
    }
  }
  return into;
}

interface Hit {
  score: number;
  id: string;
}

/** The project's merged top 20 and @neo4j/graphql's two lists merged the same way. */
function searchHits(name: 'project' | 'neo4jGraphql', data: Record<string, unknown>): Hit[] {
  if (name === 'project') {
    const hits = data.search as Array<{
      score: number;
      entity: { id: string } | null;
      claim: { id: string } | null;
    }>;
    return hits.map((hit) => ({ score: hit.score, id: (hit.entity ?? hit.claim)?.id ?? '' }));
  }
  const edges = [
    ...(data.searchEntities as { edges: Array<{ score: number; node: { id: string } }> }).edges,
    ...(data.searchClaims as { edges: Array<{ score: number; node: { id: string } }> }).edges,
  ];
  return edges
    .map((edge) => ({ score: edge.score, id: edge.node.id }))
    .sort((a, b) => b.score - a.score)
    .slice(0, 20);
}

/** Null when both answers hold the same data, else what differs. */
export function differenceBetween(
  queryName: string,
  project: Record<string, unknown>,
  neo4jGraphql: Record<string, unknown>,
): string | null {
  if (queryName === 'search') {
    const a = searchHits('project', project);
    const b = searchHits('neo4jGraphql', neo4jGraphql);
    const scores = (hits: Hit[]) => hits.map((hit) => hit.score.toFixed(4)).join(',');
    if (scores(a) !== scores(b)) return `scores differ: ${scores(a)} vs ${scores(b)}`;
    // Hits tied with the last score may be cut differently; every hit scoring above it must match.
    const cutoff = a.at(-1)?.score ?? 0;
    const above = (hits: Hit[]) =>
      hits
        .filter((hit) => hit.score > cutoff)
        .map((hit) => hit.id)
        .sort()
        .join(',');
    return above(a) === above(b) ? null : `ids differ: ${above(a)} vs ${above(b)}`;
  }
  const a = [...new Set(idsIn(project))].sort();
  const b = [...new Set(idsIn(neo4jGraphql))].sort();
  if (a.length === 0) return 'the project answer holds no ids';
  return a.join(',') === b.join(',') ? null : `ids differ (${a.length} vs ${b.length})`;
}
