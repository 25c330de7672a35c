// The named Cypher statements that write and retract one article; every value arrives as a parameter.

import { speakerOrderKey } from './claim-speaker-order.ts';

/** The stored facts hash of each article already in the graph ('' for one written before hashes existed). */
export const READ_ARTICLE_HASHES = `
UNWIND $articleIds AS id
MATCH (a:Article {id: id})
RETURN a.id AS articleId, coalesce(a.factsHash, '') AS factsHash`;

/**
 * Withdraws the article's support from shared facts: drops it from the `articles` list of roles
 * (deleting those left with none), and deletes its claims and its MENTIONS/REPORTS links. Returns
 * the ids of the entities and events it touched: events are then resolved and derived again; and
 * the curator's pins of its event reports, which a new version of the article keeps.
 */
export const DETACH_ARTICLE_FACTS = `
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (a)-[:MENTIONS|REPORTS]->(n)
WITH a, collect(DISTINCT n) AS touched,
     [(a)-[r:REPORTS]->() WHERE r.pin IS NOT NULL | {key: r.key, type: r.type, pin: r.pin}] AS pins
CALL (touched) {
  UNWIND touched AS n
  MATCH (n)-[r:HOLDS_ROLE]-()
  WHERE $articleId IN r.articles
  WITH DISTINCT r
  SET r.articles = [x IN r.articles WHERE x <> $articleId]
  WITH r WHERE size(r.articles) = 0
  DELETE r
}
CALL (a) {
  MATCH (c:Claim)-[:FROM_ARTICLE]->(a)
  DETACH DELETE c
}
CALL (a) {
  MATCH (a)-[m:MENTIONS|REPORTS]->()
  DELETE m
}
RETURN [n IN touched WHERE n:Entity | n.id] AS entityIds, [n IN touched WHERE n:Event | n.id] AS eventIds, pins`;

/** Deletes entities and events that no article supports any more. */
export const DELETE_UNSUPPORTED = `
UNWIND $entityIds AS id
MATCH (n:Entity {id: id})
WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(n) }
DETACH DELETE n
WITH count(*) AS _
UNWIND $eventIds AS id
MATCH (e:Event {id: id})
WHERE NOT EXISTS { (:Article)-[:REPORTS]->(e) }
DETACH DELETE e`;

export const DELETE_ARTICLE_NODE = `
MATCH (a:Article {id: $articleId})
DETACH DELETE a`;

// The statements below write the facts of a batch of articles: every row names its article.

export const UPSERT_ARTICLES = `
UNWIND $articles AS art
MERGE (a:Article {id: art.id})
SET a += art.props, a.publishedAt = CASE WHEN art.props.publishedAt IS NULL THEN null ELSE date(art.props.publishedAt) END,
    a.ingestedAt = datetime()`;

/** Labels come from the fixed entity-type list, switched on by data, never spliced into the text. */
export const UPSERT_ENTITIES = `
UNWIND $entities AS e
MATCH (a:Article {id: e.articleId})
MERGE (n:Entity {id: e.id})
ON CREATE SET n.name = e.name, n.type = e.type, n.knownAliases = e.knownAliases
SET n.wikidataId = coalesce(n.wikidataId, e.wikidataId)
FOREACH (_ IN CASE e.type WHEN 'Person' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE e.type WHEN 'Country' THEN [1] ELSE [] END | SET n:Country)
FOREACH (_ IN CASE e.type WHEN 'Organization' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE e.type WHEN 'Place' THEN [1] ELSE [] END | SET n:Place)
// CREATE, not MERGE: an article being written has no MENTIONS (new, or detached first when edited),
// and MERGE would search a hub entity's thousands of relationships for one that cannot exist.
CREATE (a)-[:MENTIONS {forms: e.forms, starts: e.starts, ends: e.ends, sentences: e.sentences, count: size(e.forms)}]->(n)
// Adding forms is incremental (cheap on hub nodes); removals recompute them with REFRESH_ALIASES.
// Written only when they change, so hub entities are not re-indexed by every article.
WITH n, reduce(acc = coalesce(n.aliases, []), form IN e.knownAliases + e.forms |
               CASE WHEN form IN acc OR form = n.name THEN acc ELSE acc + form END) AS aliases
WHERE aliases <> coalesce(n.aliases, [])
SET n.aliases = aliases, n.aliasText = reduce(text = '', alias IN aliases | text + ' | ' + alias)`;

/** Recomputes aliases after removals: the entity's known aliases plus every surface form an article still supports. */
export const REFRESH_ALIASES = `
UNWIND $entityIds AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (:Article)-[m:MENTIONS]->(n)
WITH n, coalesce(n.knownAliases, []) + reduce(all = [], forms IN collect(m.forms) | all + forms) AS forms
CALL (n, forms) {
  UNWIND forms AS form
  WITH DISTINCT form WHERE form <> n.name
  RETURN collect(form) AS aliases
}
SET n.aliases = aliases, n.aliasText = reduce(text = '', alias IN aliases | text + ' | ' + alias)`;

export const UPSERT_ROLES = `
UNWIND $roles AS r
MATCH (p:Entity {id: r.personId})
MATCH (o:Entity {id: r.ofId})
MERGE (p)-[h:HOLDS_ROLE {title: r.title}]->(o)
SET h.articles = CASE WHEN r.articleId IN coalesce(h.articles, []) THEN h.articles ELSE coalesce(h.articles, []) + r.articleId END`;

export const CREATE_CLAIMS = `
UNWIND $claims AS c
MATCH (a:Article {id: c.articleId})
CREATE (cl:Claim {id: c.id, kind: c.kind, text: c.text, stance: c.stance, start: c.start, end: c.end,
                  sentence: c.sentence, sentenceText: c.sentenceText, articleId: c.articleId,
                  publishedAt: a.publishedAt})
CREATE (cl)-[:FROM_ARTICLE]->(a)
WITH cl, c
MATCH (s:Entity {id: c.speakerId})
CREATE (cl)-[:SAID_BY]->(s)
SET cl.speakerOrder = ${speakerOrderKey('cl', 's')}`;

/** The claims are new in this transaction and each row is distinct, so the links are created outright. */
export const LINK_CLAIM_ABOUT_ENTITIES = `
UNWIND $aboutEntities AS ab
MATCH (cl:Claim {id: ab.claimId})
MATCH (t:Entity {id: ab.targetId})
CREATE (cl)-[:ABOUT]->(t)`;
