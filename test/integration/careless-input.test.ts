// Careless input through `kg ingest` and `kg extract`: odd paths, links, FIFOs, bad ids and dates, UTF-16.

import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Graph } from '../../src/graph/driver.ts';
import { runKg } from '../support/run-kg.ts';
import { emptyGraph, openTestGraph } from '../support/test-graph.ts';

const target = inject('neo4j');
const env = { NEO4J_URI: target.uri, NEO4J_USERNAME: target.username, NEO4J_PASSWORD: target.password };

const article = (front: string) => `---
${front}
title: Ministers meet in Geneva
---
Russian Foreign Minister Sergey Lavrov met Secretary of State Mike Pompeo in Geneva on Wednesday.
`;

describe('careless input to kg ingest and kg extract', () => {
  let graph: Graph;
  let dir: string;
  beforeAll(async () => {
    graph = await openTestGraph();
    await emptyGraph(graph);
    dir = await mkdtemp(join(tmpdir(), 'kg-careless-'));
  });
  afterAll(async () => {
    await graph.close();
    await rm(dir, { recursive: true, force: true });
  });

  const ids = async (): Promise<string[]> =>
    (await graph.driver.executeQuery('MATCH (a:Article) RETURN a.id AS id ORDER BY id')).records.map(
      (record) => record.get('id') as string,
    );

  it('takes an existing path with [ ] literally', async () => {
    const file = join(dir, 'report [draft].txt');
    await writeFile(file, article('id: bracket-report\npublished: 2019-05-02'));
    const run = await runKg(['ingest', file], env);
    expect(run.stdout).toContain('ingested 1 of 1 articles (1 new');
    expect(run.code).toBe(0);
    expect(await ids()).toContain('bracket-report');
  });

  it('reports symbolic links and FIFOs inside a folder instead of skipping them silently', async () => {
    const folder = join(dir, 'folder');
    await mkdir(folder);
    await writeFile(join(dir, 'outside.txt'), article('id: outside\npublished: 2019-05-02'));
    await symlink(join(dir, 'outside.txt'), join(folder, 'linked.txt'));
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    await writeFile(join(folder, 'plain.txt'), article('id: plain\npublished: 2019-05-02'));
    const run = await runKg(['ingest', folder], env, 30_000);
    expect(run.stderr).toContain(
      `skipped: ${join(folder, 'linked.txt')}: symbolic link, not followed inside folders; give its target (or the link) explicitly`,
    );
    expect(run.stderr).toContain(
      `skipped: ${join(folder, 'pipe.txt')}: not a regular file (a FIFO, socket or device); skipped`,
    );
    expect(run.stdout).toContain('ingested 1 of 1 articles');
  });

  it.each([
    ['40,000 characters', `id: ${'a'.repeat(40_000)}`, 'article id is 40000 characters; the limit is 200'],
    ['../', 'id: ../../etc/passwd', 'article id "../../etc/passwd" may use only letters, digits'],
    ['<script>', 'id: "<script>alert(1)</script>"', 'article id "<script>alert(1)</script>" may use only'],
    ['NUL', 'id: "a\\0b"', 'article id "a\\u0000b" may use only'],
    [
      'a date with garbage after it',
      'id: fine\npublished: 2017-04-12 garbage',
      'published must be a date like 2017-04-12, got "2017-04-12 garbage"',
    ],
  ])('refuses a front matter with %s, writing nothing', async (_name, front, reason) => {
    const file = join(dir, 'bad.txt');
    await writeFile(file, article(front));
    const before = await ids();
    const run = await runKg(['ingest', file], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`failed: ${file}: ${reason}`);
    expect(await ids()).toEqual(before);
  });

  it('reads a UTF-16 file with a byte-order mark, and names one without', async () => {
    const text = article('id: utf16-report\npublished: 2019-05-02');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    await writeFile(join(dir, 'utf16.txt'), le);
    const run = await runKg(['ingest', join(dir, 'utf16.txt')], env);
    expect(run.code).toBe(0);
    expect(await ids()).toContain('utf16-report');
    await writeFile(join(dir, 'nobom.txt'), Buffer.from(text, 'utf16le'));
    const bare = await runKg(['ingest', join(dir, 'nobom.txt')], env);
    expect(bare.stdout).toContain(
      'file looks like UTF-16 text without a byte-order mark; convert it to UTF-8',
    );
  });

  it('kg extract uses KG_MAX_ARTICLE_BYTES (2 MB by default) and refuses an invalid value', async () => {
    const big = join(dir, 'big.txt');
    await writeFile(big, article('id: big') + 'More talks were held. '.repeat(110_000));
    const run = await runKg(['extract', big], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/over the 2000000-byte limit \(raise KG_MAX_ARTICLE_BYTES to allow it\)/);
    const invalid = await runKg(['extract', big], { ...env, KG_MAX_ARTICLE_BYTES: 'lots' });
    expect(invalid.code).not.toBe(0);
    expect(invalid.stderr).toContain('KG_MAX_ARTICLE_BYTES=lots must be an integer');
  });
});
