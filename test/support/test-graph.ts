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
