// The `kg ingest` and `kg retract` commands as a user runs them: progress lines, summary, exit codes.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Graph } from '../../src/graph/driver.ts';
import { freePort } from '../../src/db/free-port.ts';
import { writeArticleVariants } from '../support/article-variants.ts';
import { runKg } from '../support/run-kg.ts';
import { emptyGraph, openTestGraph } from '../support/test-graph.ts';

const target = inject('neo4j');
const env = { NEO4J_URI: target.uri, NEO4J_USERNAME: target.username, NEO4J_PASSWORD: target.password };

describe('kg ingest / kg retract', () => {
  let graph: Graph;
  let dir: string;
  beforeAll(async () => {
    graph = await openTestGraph();
    await emptyGraph(graph);
    dir = await mkdtemp(join(tmpdir(), 'kg-cli-'));
    await writeArticleVariants(dir, 3);
    await writeFile(join(dir, 'broken.txt'), '');
  });
  afterAll(async () => {
    await graph.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('extracts without writing on --dry-run', async () => {
    const run = await runKg(['ingest', dir, '--dry-run'], env);
    expect(run.stdout).toContain('dry run: 3 extracted, 1 failed (nothing written)');
    const { records } = await graph.driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n');
    expect(records[0]?.get('n')).toBe(0);
  });

  it('ingests a folder, names the bad file, prints a summary and exits 1', async () => {
    const run = await runKg(['ingest', dir], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\[\d\/4\] .*broken\.txt: failed: file is empty/);
    expect(run.stdout).toContain('ingested 3 of 4 articles (3 new, 0 updated, 0 unchanged), 1 failed');
    expect(run.stdout).toMatch(/graph: \+\d+ nodes/);
  });

  it('exits 0 when every file is ingested, and reports them unchanged the second time', async () => {
    const run = await runKg(['ingest', join(dir, 'variant-*.txt')], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('ingested 3 of 3 articles (0 new, 0 updated, 3 unchanged), 0 failed');
  });

  it('retracts by id and refuses an unknown id', async () => {
    const run = await runKg(['retract', 'variant-0001'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^retracted variant-0001: -\d+ nodes/);
    const again = await runKg(['retract', 'variant-0001'], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('variant-0001: no such article in the graph');
  });

  it('explains bad flags', async () => {
    const run = await runKg(['ingest', dir, '--concurrency', 'many'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--concurrency must be an integer from 1 to 64, not "many"');
  });

  it('refuses to serve on a taken port in one line', async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '0.0.0.0', resolve));
    try {
      const run = await runKg(['serve'], { ...env, KG_PORT: String(port) });
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toBe(
        `kg serve: port ${port} is already in use; stop what holds it or set KG_PORT`,
      );
    } finally {
      blocker.close();
    }
  });
});
