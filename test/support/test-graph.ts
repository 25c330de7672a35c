// Opens the test run's Neo4j (from the global setup) and empties it, so each file starts from nothing.

import { inject } from 'vitest';
import { openGraph, type Graph } from '../../src/graph/driver.ts';

export async function openTestGraph(): Promise<Graph> {
  return openGraph(inject('neo4j'));
}

export async function emptyGraph(graph: Graph): Promise<void> {
  await graph.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: graph.database });
}

export async function countGraph(graph: Graph): Promise<{ nodes: number; relationships: number }> {
  const { records } = await graph.driver.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    {},
    { database: graph.database },
  );
  return {
    nodes: records[0]?.get('nodes') as number,
    relationships: records[0]?.get('relationships') as number,
  };
}

/** Facts no article supports: events no article reports, entities nothing mentions or points to, claims with no article. */
export async function countOrphans(graph: Graph): Promise<Record<string, number>> {
  const { records } = await graph.driver.executeQuery(
    `CALL () { MATCH (e:Event) WHERE NOT EXISTS { (:Article)-[:REPORTS]->(e) } RETURN count(e) AS events }
     CALL () { MATCH (n:Entity) WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(n) } AND NOT EXISTS { (n)<-[:LOCATED_IN|HOLDS_ROLE]-() } RETURN count(n) AS entities }
     CALL () { MATCH (c:Claim) WHERE NOT EXISTS { (c)-[:FROM_ARTICLE]->(:Article) } RETURN count(c) AS claims }
     RETURN events, entities, claims`,
    {},
    { database: graph.database },
  );
  return records[0]?.toObject() as Record<string, number>;
}
