// Named Cypher for the root query fields: one statement per field, values always as parameters.

import { ARTICLE_FIELDS, CLAIM_FIELDS, ENTITY_FIELDS, EVENT_FIELDS } from './records.ts';

export const LIST_ARTICLES = `
MATCH (a:Article)
WITH a ORDER BY a.publishedAt DESC, a.id SKIP $offset LIMIT $first
RETURN a ${ARTICLE_FIELDS} AS value`;

/** One statement per entity label; the label is picked from this fixed table, never from input. */
export const LIST_ENTITIES_BY_LABEL = {
  Person: `MATCH (n:Person) WITH n ORDER BY n.name SKIP $offset LIMIT $first RETURN n ${ENTITY_FIELDS} AS value`,
  Country: `MATCH (n:Country) WITH n ORDER BY n.name SKIP $offset LIMIT $first RETURN n ${ENTITY_FIELDS} AS value`,
  Organization: `MATCH (n:Organization) WITH n ORDER BY n.name SKIP $offset LIMIT $first RETURN n ${ENTITY_FIELDS} AS value`,
  Place: `MATCH (n:Place) WITH n ORDER BY n.name SKIP $offset LIMIT $first RETURN n ${ENTITY_FIELDS} AS value`,
} as const;

const EVENT_MATCH = `
MATCH (ev:Event)
WHERE ($types IS NULL OR ev.type IN $types)
  AND ($from IS NULL OR ev.date >= date($from))
  AND ($to IS NULL OR ev.date <= date($to))
  AND ($participantId IS NULL OR EXISTS { (:Entity {id: $participantId})-[:PARTICIPATED_IN]->(ev) })
  AND ($locationId IS NULL OR EXISTS { (ev)-[:LOCATED_IN]->(:Entity {id: $locationId}) })`;

const EVENT_PAGE = `
WITH collect(ev) AS matched
RETURN size(matched) AS total, [ev IN matched[$offset..($offset + $first)] | ev ${EVENT_FIELDS}] AS page`;

export const FILTER_EVENTS = {
  DATE_ASC: `${EVENT_MATCH} WITH ev ORDER BY ev.date ASC, ev.id ${EVENT_PAGE}`,
  DATE_DESC: `${EVENT_MATCH} WITH ev ORDER BY ev.date DESC, ev.id ${EVENT_PAGE}`,
} as const;

const CLAIM_CONDITIONS = `
WHERE ($kind IS NULL OR c.kind = $kind)
  AND ($stance IS NULL OR c.stance = $stance)
  AND ($from IS NULL OR c.publishedAt >= date($from))
  AND ($to IS NULL OR c.publishedAt <= date($to))
  AND ($speakerId IS NULL OR EXISTS { (c)-[:SAID_BY]->(:Entity {id: $speakerId}) })
  AND ($aboutId IS NULL OR EXISTS { (c)-[:ABOUT]->({id: $aboutId}) })
WITH c ORDER BY c.publishedAt DESC, c.articleId, c.start
WITH collect(c) AS matched
RETURN size(matched) AS total, [c IN matched[$offset..($offset + $first)] | c ${CLAIM_FIELDS}] AS page`;

/** The same filter, started from the most selective node given, so a speaker's claims do not scan every claim. */
export const FILTER_CLAIMS = {
  bySpeaker: `MATCH (:Entity {id: $speakerId})<-[:SAID_BY]-(c:Claim) ${CLAIM_CONDITIONS}`,
  byAboutEntity: `MATCH (:Entity {id: $aboutId})<-[:ABOUT]-(c:Claim) ${CLAIM_CONDITIONS}`,
  byAboutEvent: `MATCH (:Event {id: $aboutId})<-[:ABOUT]-(c:Claim) ${CLAIM_CONDITIONS}`,
  all: `MATCH (c:Claim) ${CLAIM_CONDITIONS}`,
} as const;

export function claimFilterQuery(filter: { speakerId?: unknown; aboutId?: unknown }): string {
  if (filter.speakerId) return FILTER_CLAIMS.bySpeaker;
  if (typeof filter.aboutId === 'string') {
    return filter.aboutId.startsWith('ev_') ? FILTER_CLAIMS.byAboutEvent : FILTER_CLAIMS.byAboutEntity;
  }
  return FILTER_CLAIMS.all;
}

export const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node AS n, score
WITH n, score ORDER BY score DESC LIMIT $first
RETURN score, n ${ENTITY_FIELDS} AS entity, null AS claim
UNION ALL
CALL db.index.fulltext.queryNodes('claim_text', $query) YIELD node AS c, score
WITH c, score ORDER BY score DESC LIMIT $first
RETURN score, null AS entity, c ${CLAIM_FIELDS} AS claim`;

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
