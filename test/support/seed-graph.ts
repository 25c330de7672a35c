// The test graph holding only the seed article, as the analyst-question tests read it.

import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import type { Graph } from '../../src/graph/driver.ts';
import { ingestFiles } from '../../src/ingest/ingest-files.ts';
import { createTestApi, type TestApi } from './test-api.ts';
import { emptyGraph, openTestGraph } from './test-graph.ts';

export const SEED = '000_378aaa2b4c064df4';

/** Empties the test graph, ingests the seed article and waits for the full-text indexes to catch up. */
export async function openSeedGraph(): Promise<Graph> {
  const graph = await openTestGraph();
  await emptyGraph(graph);
  await ingestFiles([join(PROJECT_ROOT, 'seeds', 'articles', `${SEED}.txt`)], {
    graph,
    concurrency: 1,
    maxBytes: 1_000_000,
  });
  // Full-text indexes are eventually consistent (see migrations): wait for them before searching.
  await graph.driver.executeQuery('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
  return graph;
}

/** Registers this file's hooks: the seed graph before its tests, closed after; returns the API over it. */
export function useSeedApi(): () => TestApi {
  let graph: Graph | undefined;
  let api: TestApi | undefined;
  beforeAll(async () => {
    graph = await openSeedGraph();
    api = createTestApi(graph);
  });
  afterAll(async () => graph?.close());
  return () => {
    if (!api) throw new Error('the seed API is made in beforeAll');
    return api;
  };
}
