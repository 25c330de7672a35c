// No N+1: the Neo4j round trips of a nested query stay the same as its result grows.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.ts';
import { ingestFiles } from '../../src/ingest/ingest-files.ts';
import { writeArticleVariants } from '../support/article-variants.ts';
import { createTestApi } from '../support/test-api.ts';
import { emptyGraph, openTestGraph } from '../support/test-graph.ts';

const NESTED = `{
  events(first: 100) {
    totalCount
    nodes {
      label date
      location { name }
      participants { role entity { name ... on Person { roles { title of { name } } } } }
      claims { text speaker { name } provenance { sentence article { title } } }
      mentions { text provenance { article { id } } }
      sources { id }
    }
  }
}`;

describe('batched loading', () => {
  let graph: Graph;
  let dir: string;
  beforeAll(async () => {
    graph = await openTestGraph();
    await emptyGraph(graph);
    dir = await mkdtemp(join(tmpdir(), 'kg-n1-'));
  });
  afterAll(async () => {
    await graph.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('uses the same number of round trips for 1 article and for 12', async () => {
    const files = await writeArticleVariants(dir, 12);
    const api = createTestApi(graph);

    await ingestFiles(files.slice(0, 1), { graph, concurrency: 1, maxBytes: 1_000_000 });
    api.resetRoundTrips();
    const small = await api.gql<{ events: { totalCount: number } }>(NESTED);
    const smallTrips = api.roundTrips();
    expect(small.errors).toBeUndefined();

    await ingestFiles(files, { graph, concurrency: 2, maxBytes: 1_000_000 });
    api.resetRoundTrips();
    const large = await api.gql<{ events: { totalCount: number } }>(NESTED);
    const largeTrips = api.roundTrips();
    expect(large.errors).toBeUndefined();

    expect(large.data.events.totalCount).toBeGreaterThan(small.data.events.totalCount);
    expect(largeTrips).toBe(smallTrips);
    expect(largeTrips).toBeLessThanOrEqual(12);
  });
});
