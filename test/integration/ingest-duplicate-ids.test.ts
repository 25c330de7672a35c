// Files sharing one article id in one run: the first in file order is written, the others refused, no orphans.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.ts';
import { ingestFiles } from '../../src/ingest/ingest-files.ts';
import { writeArticleVariants } from '../support/article-variants.ts';
import { countOrphans, emptyGraph, openTestGraph } from '../support/test-graph.ts';

/** Version n of one article: each names other people and places, so a mixed write would leave strays. */
const VERSION = (n: number) => `---
id: shared-id
title: Version ${n} of the talks report
published: 2018-03-0${n}
---
${['Rex Tillerson met Sergey Lavrov in Moscow on Tuesday.', 'Angela Merkel met Emmanuel Macron in Paris on Monday.', 'Shinzo Abe met Moon Jae-in in Seoul on Friday.', 'Justin Trudeau met Enrique Pena Nieto in Ottawa on Thursday.', 'Theresa May met Leo Varadkar in Dublin on Wednesday.', 'Narendra Modi met Xi Jinping in Wuhan on Saturday.'][n - 1]}

"The talks went well," the spokesman told reporters after the meeting.
`;

describe('one article id at a time', () => {
  let graph: Graph;
  let dir: string;
  let files: string[];
  beforeAll(async () => {
    graph = await openTestGraph();
    dir = await mkdtemp(join(tmpdir(), 'kg-dup-'));
    const others = await writeArticleVariants(dir, 4);
    const dupes: string[] = [];
    for (let n = 1; n <= 6; n += 1) {
      const file = join(dir, `dup-${n}.txt`);
      await writeFile(file, VERSION(n));
      dupes.push(file);
    }
    files = [...dupes, ...others].sort();
  });
  afterAll(async () => {
    await graph.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the first file of an id, refuses the rest by name, counts truly, and leaves no orphans (5 runs)', async () => {
    for (let run = 0; run < 5; run += 1) {
      await emptyGraph(graph);
      const summary = await ingestFiles(files, { graph, concurrency: 4, maxBytes: 1_000_000 });
      const dupes = summary.files.filter((file) => basename(file.file).startsWith('dup-'));
      expect(dupes.map((file) => file.outcome)).toEqual([
        'created',
        'failed',
        'failed',
        'failed',
        'failed',
        'failed',
      ]);
      expect(dupes[1]?.reason).toBe(
        `article id "shared-id" is also the id of ${join(dir, 'dup-1.txt')}, ingested in this run; give one of them another id (front matter "id:")`,
      );
      expect(summary.done).toBe(5);
      expect(summary.failed).toBe(5);
      const { records } = await graph.driver.executeQuery(
        'MATCH (a:Article {id: "shared-id"}) RETURN a.title AS title',
        {},
        { database: graph.database },
      );
      expect(records.map((record) => record.get('title'))).toEqual(['Version 1 of the talks report']);
      expect(await countOrphans(graph)).toEqual({ events: 0, entities: 0, claims: 0 });
    }
  });
});
