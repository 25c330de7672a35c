// Ingest into the real Neo4j: idempotent, versioned, retractable, shared facts kept with every source.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.ts';
import { retractArticle } from '../../src/graph/write-article.ts';
import { ingestFiles } from '../../src/ingest/ingest-files.ts';
import { countGraph, emptyGraph, openTestGraph } from '../support/test-graph.ts';
import {
  FIRST_REPORT as FIRST,
  SECOND_REPORT as SECOND,
  SECOND_REPORT_EDITED as EDITED_SECOND,
} from '../fixtures/khan-sheikhoun-reports.ts';

describe('ingest lifecycle', () => {
  let graph: Graph;
  let dir: string;
  const ingest = (...names: string[]) =>
    ingestFiles(
      names.map((name) => join(dir, name)),
      { graph, concurrency: 2, maxBytes: 1_000_000 },
    );
  const scalar = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await graph.driver.executeQuery(cypher, params)).records[0]?.get(0);

  beforeAll(async () => {
    graph = await openTestGraph();
    await emptyGraph(graph);
    dir = await mkdtemp(join(tmpdir(), 'kg-ingest-'));
    await writeFile(join(dir, 'first.txt'), FIRST);
    await writeFile(join(dir, 'second.txt'), SECOND);
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    await writeFile(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 talks in Gen\xe8ve', 'latin1'));
    await writeFile(join(dir, 'huge.txt'), `Huge\n\n${'Diplomats met again. '.repeat(60_000)}`);
  });
  afterAll(async () => {
    await graph.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('ingests good files and names each bad one, writing nothing for it', async () => {
    const summary = await ingest(
      'first.txt',
      'empty.txt',
      'second.txt',
      'binary.txt',
      'latin1.txt',
      'huge.txt',
    );
    expect(summary.done).toBe(2);
    expect(summary.failed).toBe(4);
    expect(summary.files.find((file) => file.file.endsWith('latin1.txt'))?.reason).toMatch(/not valid UTF-8/);
    expect(summary.files.find((file) => file.file.endsWith('huge.txt'))?.reason).toMatch(
      /over the 1000000-byte limit/,
    );
    expect(summary.files.find((file) => file.file.endsWith('empty.txt'))?.reason).toBe('file is empty');
    expect(summary.files.find((file) => file.file.endsWith('binary.txt'))?.reason).toMatch(/binary/);
    expect(await scalar('MATCH (a:Article) RETURN collect(a.id) AS ids')).toEqual(
      expect.arrayContaining(['first', 'second']),
    );
    expect(await scalar('MATCH (a:Article) RETURN count(a)')).toBe(2);
  });

  it('makes the attack both articles report one Event with provenance to both', async () => {
    const sources = await scalar(
      `MATCH (ev:Event {type: 'ATTACK'})-[:LOCATED_IN]->(:Place {id: 'place:khan-sheikhoun'})
       MATCH (a:Article)-[:REPORTS]->(ev) RETURN collect(a.id) AS ids`,
    );
    expect([...(sources as string[])].sort()).toEqual(['first', 'second']);
    expect(await scalar(`MATCH (ev:Event {type: 'ATTACK'}) RETURN count(ev)`)).toBe(1);
  });

  it('changes nothing when the same files are ingested again', async () => {
    const before = await countGraph(graph);
    const summary = await ingest('first.txt', 'second.txt');
    expect(summary.files.map((file) => file.outcome)).toEqual(['unchanged', 'unchanged']);
    expect(await countGraph(graph)).toEqual(before);
  });

  it('replaces an edited article’s facts', async () => {
    await writeFile(join(dir, 'second.txt'), EDITED_SECOND);
    const summary = await ingest('second.txt');
    expect(summary.files[0]?.outcome).toBe('updated');
    expect(
      await scalar(`MATCH (:Article {id: 'second'})-[:MENTIONS]->(p:Person) RETURN collect(p.name)`),
    ).toContain('Vladimir Putin');
    expect(await scalar(`MATCH (p:Person {id: 'person:sergey-lavrov'}) RETURN count(p)`)).toBe(0);
    expect(
      await scalar(
        `MATCH (c:Claim {articleId: 'second'}) WHERE c.text CONTAINS 'investigation' RETURN count(c)`,
      ),
    ).toBe(0);
  });

  it('retracts an article, keeping shared facts with their other source', async () => {
    const result = await retractArticle(graph, 'second');
    expect(result.found).toBe(true);
    expect(await scalar(`MATCH (a:Article {id: 'second'}) RETURN count(a)`)).toBe(0);
    expect(await scalar(`MATCH (p:Person {id: 'person:vladimir-putin'}) RETURN count(p)`)).toBe(0);
    expect(await scalar(`MATCH (c:Claim {articleId: 'second'}) RETURN count(c)`)).toBe(0);
    expect(
      await scalar(`MATCH (a:Article)-[:REPORTS]->(:Event {type: 'ATTACK'}) RETURN collect(a.id)`),
    ).toEqual(['first']);
    expect(await scalar(`MATCH (p:Place {id: 'place:khan-sheikhoun'}) RETURN count(p)`)).toBe(1);
    expect(await scalar(`MATCH (p:Person {id: 'person:rex-tillerson'}) RETURN count(p)`)).toBe(1);
  });

  it('leaves nothing behind once every article is retracted', async () => {
    await retractArticle(graph, 'first');
    expect(await countGraph(graph)).toEqual({ nodes: 0, relationships: 0 });
  });
});
