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
UNWIND $ids AS id MATCH (:Event {id: id})-[:LOCATED_IN]->(n:Entity) RETURN id, n ${ENTITY_FIELDS} AS value`;

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

export const EVENT_CLAIMS = `
UNWIND $ids AS id
MATCH (c:Claim)-[:ABOUT]->(:Event {id: id})
WITH id, c ORDER BY c.articleId, c.start
RETURN id, collect(c ${CLAIM_FIELDS}) AS value`;

export const ENTITY_MENTIONS = `
UNWIND $ids AS id
MATCH (a:Article)-[r:MENTIONS]->(:Entity {id: id})
UNWIND range(0, size(r.forms) - 1) AS i
WITH id, a, r, i ORDER BY a.publishedAt DESC, a.id, r.starts[i]
RETURN id, collect({ text: r.forms[i], start: r.starts[i], end: r.ends[i], sentence: r.sentences[i], articleId: a.id }) AS value`;

export const ENTITY_CLAIMS_MADE = `
UNWIND $ids AS id
MATCH (c:Claim)-[:SAID_BY]->(:Entity {id: id})
WITH id, c ORDER BY c.publishedAt DESC, c.articleId, c.start
RETURN id, collect(c ${CLAIM_FIELDS}) AS value`;

export const ENTITY_CLAIMS_ABOUT = `
UNWIND $ids AS id
MATCH (c:Claim)-[:ABOUT]->(:Entity {id: id})
WITH id, c ORDER BY c.publishedAt DESC, c.articleId, c.start
RETURN id, collect(c ${CLAIM_FIELDS}) AS value`;

export const ENTITY_EVENTS = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:PARTICIPATED_IN]->(ev:Event) RETURN ev
  UNION
  MATCH (ev:Event)-[:LOCATED_IN]->(n) RETURN ev
}
WITH id, ev ORDER BY ev.date, ev.id
RETURN id, collect(ev ${EVENT_FIELDS}) AS value`;

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
