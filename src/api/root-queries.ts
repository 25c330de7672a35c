// Named Cypher for the root fields the projector does not build (bilateral, contested events, connection).

import { CLAIM_FIELDS, EVENT_FIELDS } from './records.ts';

/**
 * Two countries side by side. Each side is the country plus the people holding a role of it; every
 * match starts from those members (not from all events or claims), so it stays fast on a large graph.
 */
export const BILATERAL = `
MATCH (a:Country {id: $a}), (b:Country {id: $b})
CALL (a) {
  MATCH (x:Entity) WHERE x = a RETURN x
  UNION
  MATCH (x:Entity)-[:HOLDS_ROLE]->(a) RETURN x
}
WITH a, b, collect(x) AS sideA
CALL (b) {
  MATCH (y:Entity) WHERE y = b RETURN y
  UNION
  MATCH (y:Entity)-[:HOLDS_ROLE]->(b) RETURN y
}
WITH a, b, sideA, collect(y) AS sideB
CALL (sideA, sideB) {
  UNWIND sideA AS x
  MATCH (x)-[:PARTICIPATED_IN]->(ev:Event)
  WHERE ($from IS NULL OR ev.date >= date($from)) AND ($to IS NULL OR ev.date <= date($to))
    AND EXISTS { MATCH (y:Entity)-[:PARTICIPATED_IN]->(ev) WHERE y IN sideB }
  WITH DISTINCT ev ORDER BY ev.date, ev.id
  RETURN collect(ev ${EVENT_FIELDS}) AS events
}
CALL (sideA, sideB) {
  UNWIND sideA AS x
  MATCH (c:Claim)-[:SAID_BY]->(x)
  WHERE ($from IS NULL OR c.publishedAt >= date($from)) AND ($to IS NULL OR c.publishedAt <= date($to))
    AND EXISTS { MATCH (c)-[:ABOUT]->(y:Entity) WHERE y IN sideB }
  WITH DISTINCT c ORDER BY c.publishedAt, c.articleId, c.start
  RETURN collect(c ${CLAIM_FIELDS}) AS aSaidAboutB
}
CALL (sideA, sideB) {
  UNWIND sideB AS x
  MATCH (c:Claim)-[:SAID_BY]->(x)
  WHERE ($from IS NULL OR c.publishedAt >= date($from)) AND ($to IS NULL OR c.publishedAt <= date($to))
    AND EXISTS { MATCH (c)-[:ABOUT]->(y:Entity) WHERE y IN sideA }
  WITH DISTINCT c ORDER BY c.publishedAt, c.articleId, c.start
  RETURN collect(c ${CLAIM_FIELDS}) AS bSaidAboutA
}
RETURN a.id AS aId, b.id AS bId, events, aSaidAboutB, bSaidAboutA`;

export const CONTESTED_EVENTS = `
MATCH (c:Claim)-[:ABOUT]->(ev:Event)
WHERE c.stance IN ['ASSERTS', 'DENIES']
WITH ev, collect(c) AS claims
WHERE any(c IN claims WHERE c.stance = 'ASSERTS') AND any(c IN claims WHERE c.stance = 'DENIES')
WITH ev, claims ORDER BY ev.date DESC, ev.id LIMIT $first
RETURN ev ${EVENT_FIELDS} AS event,
       [c IN claims WHERE c.stance = 'ASSERTS' | c ${CLAIM_FIELDS}] AS asserting,
       [c IN claims WHERE c.stance = 'DENIES' | c ${CLAIM_FIELDS}] AS denying`;

/** Hop limits are validated integers (1-10), the only non-parameter part of the text. */
export function shortestConnection(maxHops: number): string {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 10) throw new RangeError('maxHops must be 1-10');
  return `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:PARTICIPATED_IN|SAID_BY|ABOUT|HOLDS_ROLE|LOCATED_IN*..${maxHops}]-(b))
RETURN [x IN nodes(p) | { id: x.id, kind: CASE WHEN x:Entity THEN 'entity' WHEN x:Event THEN 'event' WHEN x:Claim THEN 'claim' ELSE 'article' END }] AS nodes,
       [r IN relationships(p) | type(r)] AS via`;
}

/** Near-misses of event resolution, best first (see src/graph/resolution). */
export const EVENT_MERGE_CANDIDATES = `
MATCH (a:Event)-[m:MAYBE_SAME]->(b:Event)
RETURN a.id AS aId, b.id AS bId, m.score AS score, m.evidence AS evidence
ORDER BY score DESC, aId, bId
LIMIT $first`;
