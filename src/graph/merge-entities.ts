// Folds one entity node into another (an analyst's fix): links, aliases and sources move to the kept node.

import type { Graph } from './driver.ts';
import { REFRESH_ALIASES } from './article-queries.ts';
import { speakerOrderKey } from './claim-speaker-order.ts';

/** Each statement moves one relationship type; merging keeps the `articles` provenance lists whole. */
const MOVE_STATEMENTS = [
  // Event reports name entities by id: rename them before the links they derive are moved.
  `MATCH (m:Entity {id: $mergeId})
   CALL (m) {
     MATCH (m)-[:PARTICIPATED_IN]->(ev:Event) RETURN ev
     UNION
     MATCH (ev:Event)-[:LOCATED_IN]->(m) RETURN ev
   }
   MATCH (:Article)-[r:REPORTS]->(ev)
   SET r.participantIds = [x IN r.participantIds | CASE x WHEN $mergeId THEN $keepId ELSE x END],
       r.people = [x IN r.people | CASE x WHEN $mergeId THEN $keepId ELSE x END],
       r.places = [x IN r.places | CASE x WHEN $mergeId THEN $keepId ELSE x END]`,
  `MATCH (k:Entity {id: $keepId}), (m:Entity {id: $mergeId})
   MATCH (a:Article)-[r:MENTIONS]->(m)
   MERGE (a)-[n:MENTIONS]->(k)
   SET n.forms = coalesce(n.forms, []) + r.forms, n.starts = coalesce(n.starts, []) + r.starts,
       n.ends = coalesce(n.ends, []) + r.ends, n.sentences = coalesce(n.sentences, []) + r.sentences,
       n.count = size(n.forms)
   DELETE r`,
  `MATCH (k:Entity {id: $keepId}), (m:Entity {id: $mergeId})
   MATCH (m)-[r:PARTICIPATED_IN]->(ev:Event)
   MERGE (k)-[n:PARTICIPATED_IN {role: r.role}]->(ev)
   SET n.articles = reduce(all = coalesce(n.articles, []), x IN r.articles | CASE WHEN x IN all THEN all ELSE all + x END)
   DELETE r`,
  `MATCH (k:Entity {id: $keepId}), (m:Entity {id: $mergeId})
   MATCH (ev:Event)-[r:LOCATED_IN]->(m)
   MERGE (ev)-[n:LOCATED_IN]->(k)
   SET n.articles = reduce(all = coalesce(n.articles, []), x IN r.articles | CASE WHEN x IN all THEN all ELSE all + x END)
   DELETE r`,
  `MATCH (k:Entity {id: $keepId}), (m:Entity {id: $mergeId})
   MATCH (m)-[r:HOLDS_ROLE]->(o:Entity) WHERE o <> k
   MERGE (k)-[n:HOLDS_ROLE {title: r.title}]->(o)
   SET n.articles = reduce(all = coalesce(n.articles, []), x IN r.articles | CASE WHEN x IN all THEN all ELSE all + x END)
   DELETE r`,
  `MATCH (k:Entity {id: $keepId}), (m:Entity {id: $mergeId})
   MATCH (p:Entity)-[r:HOLDS_ROLE]->(m) WHERE p <> k
   MERGE (p)-[n:HOLDS_ROLE {title: r.title}]->(k)
   SET n.articles = reduce(all = coalesce(n.articles, []), x IN r.articles | CASE WHEN x IN all THEN all ELSE all + x END)
   DELETE r`,
  `MATCH (k:Entity {id: $keepId}), (m:Entity {id: $mergeId})
   MATCH (c:Claim)-[r:SAID_BY]->(m)
   MERGE (c)-[:SAID_BY]->(k)
   SET c.speakerOrder = ${speakerOrderKey('c', 'k')}
   DELETE r`,
  `MATCH (k:Entity {id: $keepId}), (m:Entity {id: $mergeId})
   MATCH (c:Claim)-[r:ABOUT]->(m)
   MERGE (c)-[:ABOUT]->(k)
   DELETE r`,
  `MATCH (k:Entity {id: $keepId}), (m:Entity {id: $mergeId})
   SET k.knownAliases = coalesce(k.knownAliases, []) + [m.name] + coalesce(m.aliases, []),
       k.mergedIds = coalesce(k.mergedIds, []) + [m.id] + coalesce(m.mergedIds, []),
       k.wikidataId = coalesce(k.wikidataId, m.wikidataId)
   DETACH DELETE m`,
];

export class MergeError extends Error {}

/** Merges `mergeId` into `keepId` in one transaction; both must exist and be of the same type. */
export async function mergeEntities(graph: Graph, keepId: string, mergeId: string): Promise<void> {
  if (keepId === mergeId) throw new MergeError('keepId and mergeId are the same entity');
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.executeWrite(async (tx) => {
      const found = await tx.run(
        'OPTIONAL MATCH (k:Entity {id: $keepId}) OPTIONAL MATCH (m:Entity {id: $mergeId}) RETURN k.type AS keep, m.type AS merge',
        { keepId, mergeId },
      );
      const keepType = found.records[0]?.get('keep') as string | null;
      const mergeType = found.records[0]?.get('merge') as string | null;
      if (!keepType) throw new MergeError(`no entity with id "${keepId}"`);
      if (!mergeType) throw new MergeError(`no entity with id "${mergeId}"`);
      if (keepType !== mergeType)
        throw new MergeError(`cannot merge a ${mergeType} into a ${keepType}; both must be the same type`);
      for (const statement of MOVE_STATEMENTS) await tx.run(statement, { keepId, mergeId });
      await tx.run(REFRESH_ALIASES, { entityIds: [keepId] });
    });
  } finally {
    await session.close();
  }
}
