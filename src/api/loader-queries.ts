// Batched read queries behind the per-request DataLoaders: each takes $ids and returns one row per id.

import { ARTICLE_FIELDS, CLAIM_FIELDS, ENTITY_FIELDS, EVENT_FIELDS } from './records.ts';

export const ENTITIES_BY_ID = `
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, n ${ENTITY_FIELDS} AS value`;

export const EVENTS_BY_ID = `
UNWIND $ids AS id MATCH (ev:Event {id: id}) RETURN id, ev ${EVENT_FIELDS} AS value`;

export const CLAIMS_BY_ID = `
UNWIND $ids AS id MATCH (c:Claim {id: id}) RETURN id, c ${CLAIM_FIELDS} AS value`;

export const ARTICLES_BY_ID = `
UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN id, a ${ARTICLE_FIELDS} AS value`;

export const EVENT_LOCATIONS = `
UNWIND $ids AS id MATCH (:Event {id: id})-[r:LOCATED_IN]->(n:Entity) WHERE coalesce(r.primary, true)
RETURN id, n ${ENTITY_FIELDS} AS value`;

export const EVENT_PARTICIPANTS = `
UNWIND $ids AS id
MATCH (n:Entity)-[r:PARTICIPATED_IN]->(:Event {id: id})
WITH id, n, r ORDER BY n.name
RETURN id, collect({ entity: n ${ENTITY_FIELDS}, role: r.role }) AS value`;

export const EVENT_MENTIONS = `
UNWIND $ids AS id
MATCH (a:Article)-[r:REPORTS]->(:Event {id: id})
UNWIND range(0, size(r.forms) - 1) AS i
WITH id, a, r, i ORDER BY a.id, r.starts[i]
RETURN id, collect({ text: r.forms[i], start: r.starts[i], end: r.ends[i], sentence: r.sentences[i], articleId: a.id }) AS value`;

export const EVENT_SOURCES = `
UNWIND $ids AS id
MATCH (a:Article)-[:REPORTS]->(:Event {id: id})
WITH id, a ORDER BY a.publishedAt, a.id
RETURN id, collect(a ${ARTICLE_FIELDS}) AS value`;

/** Keys are "<first>|<stance or empty>|<kind or empty>|<event id>": the page is cut in Cypher, not in the API. */
export const EVENT_CLAIMS = `
UNWIND $ids AS key
WITH key, split(key, '|') AS parts
MATCH (ev:Event {id: substring(key, size(parts[0]) + size(parts[1]) + size(parts[2]) + 3)})
CALL (ev, parts) {
  MATCH (c:Claim)-[:ABOUT]->(ev)
  WHERE (parts[1] = '' OR c.stance = parts[1]) AND (parts[2] = '' OR c.kind = parts[2])
  WITH c, toInteger(parts[0]) AS first ORDER BY c.publishedAt, c.articleId, c.start
  // LIMIT cannot take a per-row value: cut the collected nodes, then project only the page.
  WITH first, collect(c) AS all
  WITH all[..first] AS page
  RETURN [c IN page | c ${CLAIM_FIELDS}] AS claims
}
RETURN key AS id, claims AS value`;

export const EVENT_STANCES = `
UNWIND $ids AS id
MATCH (c:Claim)-[:ABOUT]->(:Event {id: id})
WHERE c.stance IS NOT NULL
RETURN id, collect(DISTINCT c.stance) AS value`;

/** Keys of the entity list loaders: "<first>|<entity id>" (first already validated); each page is cut in Cypher. */
const ENTITY_PAGE_KEY = `
UNWIND $ids AS key
WITH key, split(key, '|')[0] AS firstText
MATCH (n:Entity {id: substring(key, size(firstText) + 1)})
WITH key, n, toInteger(firstText) AS first`;

export const ENTITY_MENTIONS = `${ENTITY_PAGE_KEY}
CALL (n, first) {
  MATCH (a:Article)-[r:MENTIONS]->(n)
  UNWIND range(0, size(r.forms) - 1) AS i
  WITH a, r, i ORDER BY a.publishedAt DESC, a.id, r.starts[i]
  // LIMIT cannot take a per-row value: cut the collected rows, then build only the page.
  WITH first, collect({ a: a, r: r, i: i }) AS all
  RETURN [m IN all[..first] | { text: m.r.forms[m.i], start: m.r.starts[m.i], end: m.r.ends[m.i],
    sentence: m.r.sentences[m.i], articleId: m.a.id }] AS value
}
RETURN key AS id, value`;

export const ENTITY_CLAIMS_MADE = `${ENTITY_PAGE_KEY}
CALL (n, first) {
  MATCH (c:Claim)-[:SAID_BY]->(n)
  WITH first, c ORDER BY c.publishedAt DESC, c.articleId, c.start
  WITH first, collect(c) AS all
  RETURN [c IN all[..first] | c ${CLAIM_FIELDS}] AS value
}
RETURN key AS id, value`;

export const ENTITY_CLAIMS_ABOUT = `${ENTITY_PAGE_KEY}
CALL (n, first) {
  MATCH (c:Claim)-[:ABOUT]->(n)
  WITH first, c ORDER BY c.publishedAt DESC, c.articleId, c.start
  WITH first, collect(c) AS all
  RETURN [c IN all[..first] | c ${CLAIM_FIELDS}] AS value
}
RETURN key AS id, value`;

export const ENTITY_EVENTS = `${ENTITY_PAGE_KEY}
CALL (n, first) {
  CALL (n) {
    MATCH (n)-[:PARTICIPATED_IN]->(ev:Event) RETURN ev
    UNION
    MATCH (ev:Event)-[:LOCATED_IN]->(n) RETURN ev
  }
  WITH first, ev ORDER BY ev.date, ev.id
  WITH first, collect(ev) AS all
  RETURN [ev IN all[..first] | ev ${EVENT_FIELDS}] AS value
}
RETURN key AS id, value`;

export const ENTITY_SOURCES = `
UNWIND $ids AS id
MATCH (a:Article)-[:MENTIONS]->(:Entity {id: id})
WITH id, a ORDER BY a.publishedAt, a.id
RETURN id, collect(a ${ARTICLE_FIELDS}) AS value`;

export const PERSON_ROLES = `
UNWIND $ids AS id
MATCH (:Entity {id: id})-[h:HOLDS_ROLE]->(n:Entity)
RETURN id, collect({ title: h.title, of: n ${ENTITY_FIELDS}, articleIds: h.articles }) AS value`;

export const CLAIM_ABOUT_EVENTS = `
UNWIND $ids AS id
MATCH (:Claim {id: id})-[:ABOUT]->(ev:Event)
WITH id, ev ORDER BY ev.date, ev.id
RETURN id, collect(ev ${EVENT_FIELDS}) AS value`;

export const CLAIM_ABOUT_ENTITIES = `
UNWIND $ids AS id
MATCH (:Claim {id: id})-[:ABOUT]->(n:Entity)
WITH id, n ORDER BY n.name
RETURN id, collect(n ${ENTITY_FIELDS}) AS value`;

export const ARTICLE_ENTITIES = `
UNWIND $ids AS id
MATCH (:Article {id: id})-[:MENTIONS]->(n:Entity)
WITH id, n ORDER BY n.type, n.name
RETURN id, collect(n ${ENTITY_FIELDS}) AS value`;

export const ARTICLE_EVENTS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})-[r:REPORTS]->(ev:Event)
WITH id, ev, r ORDER BY r.starts[0]
RETURN id, collect(ev ${EVENT_FIELDS}) AS value`;

export const ARTICLE_CLAIMS = `
UNWIND $ids AS id
MATCH (c:Claim)-[:FROM_ARTICLE]->(:Article {id: id})
WITH id, c ORDER BY c.start
RETURN id, collect(c ${CLAIM_FIELDS}) AS value`;

export const ARTICLE_TEXTS = `
UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN id, a.text AS value`;

/** Keys are "<sentence index>:<article id>"; only the sentence travels, not the article text. */
export const SENTENCE_TEXTS = `
UNWIND $ids AS key
WITH key, split(key, ':')[0] AS index
MATCH (a:Article {id: substring(key, size(index) + 1)})
WITH key, a, toInteger(index) AS i
RETURN key AS id, substring(a.text, a.sentenceStarts[i], a.sentenceEnds[i] - a.sentenceStarts[i]) AS value`;
