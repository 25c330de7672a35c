// The named Cypher statements that write and retract one article; every value arrives as a parameter.

import { speakerOrderKey } from './claim-speaker-order.ts';

/** The stored facts hash of an article, if it is in the graph (null for one written before hashes existed). */
export const READ_ARTICLE_HASH = `
MATCH (a:Article {id: $articleId})
RETURN coalesce(a.factsHash, '') AS factsHash`;

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

export const UPSERT_ARTICLE = `
MERGE (a:Article {id: $articleId})
SET a += $article, a.publishedAt = CASE WHEN $article.publishedAt IS NULL THEN null ELSE date($article.publishedAt) END,
    a.ingestedAt = datetime()`;

/** Labels come from the fixed entity-type list, switched on by data, never spliced into the text. */
export const UPSERT_ENTITIES = `
MATCH (a:Article {id: $articleId})
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n.name = e.name, n.type = e.type, n.knownAliases = e.knownAliases
SET n.wikidataId = coalesce(n.wikidataId, e.wikidataId)
FOREACH (_ IN CASE e.type WHEN 'Person' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE e.type WHEN 'Country' THEN [1] ELSE [] END | SET n:Country)
FOREACH (_ IN CASE e.type WHEN 'Organization' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE e.type WHEN 'Place' THEN [1] ELSE [] END | SET n:Place)
MERGE (a)-[m:MENTIONS]->(n)
SET m.forms = e.forms, m.starts = e.starts, m.ends = e.ends, m.sentences = e.sentences, m.count = size(e.forms)
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
SET h.articles = CASE WHEN $articleId IN coalesce(h.articles, []) THEN h.articles ELSE coalesce(h.articles, []) + $articleId END`;

export const CREATE_CLAIMS = `
MATCH (a:Article {id: $articleId})
UNWIND $claims AS c
CREATE (cl:Claim {id: c.id, kind: c.kind, text: c.text, stance: c.stance, start: c.start, end: c.end,
                  sentence: c.sentence, sentenceText: c.sentenceText, articleId: $articleId,
                  publishedAt: a.publishedAt})
CREATE (cl)-[:FROM_ARTICLE]->(a)
WITH cl, c
MATCH (s:Entity {id: c.speakerId})
CREATE (cl)-[:SAID_BY]->(s)
SET cl.speakerOrder = ${speakerOrderKey('cl', 's')}`;

export const LINK_CLAIM_ABOUT_ENTITIES = `
UNWIND $aboutEntities AS ab
MATCH (cl:Claim {id: ab.claimId})
MATCH (t:Entity {id: ab.targetId})
MERGE (cl)-[:ABOUT]->(t)`;
