// Event resolution on the real Neo4j: one real event is one node, whatever the wording, order, concurrency, edits or retractions.

import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { share } from '../../src/eval/counts.ts';
import { linkF1 } from '../../src/eval/print-graph-score.ts';
import { runGraphEval, type GraphEvalOptions } from '../../src/eval/run-graph-eval.ts';
import type { Graph } from '../../src/graph/driver.ts';
import { retractArticle } from '../../src/graph/write-article.ts';
import { ingestFiles } from '../../src/ingest/ingest-files.ts';
import {
  DAY_OF_REPORT,
  NEXT_DAY_REPORT,
  OTHER_MEETING_REPORT,
  PROVINCE_REPORT,
  WEEK_LATER_REPORT,
} from '../fixtures/cross-article-reports.ts';
import { emptyGraph, openTestGraph } from '../support/test-graph.ts';

const FILES: Record<string, string> = {
  'day-of.txt': DAY_OF_REPORT,
  'next-day.txt': NEXT_DAY_REPORT,
  'week-later.txt': WEEK_LATER_REPORT,
  'province.txt': PROVINCE_REPORT,
  'other-meeting.txt': OTHER_MEETING_REPORT,
};
const NAMES = Object.keys(FILES).sort();

describe('event resolution across articles', () => {
  let graph: Graph;
  let dir: string;
  const ingest = (names: string[], concurrency = 1, batchSize = 1) =>
    ingestFiles(
      names.map((name) => join(dir, name)),
      { graph, concurrency, batchSize, maxBytes: 1_000_000 },
    );
  const rows = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await graph.driver.executeQuery(cypher, params)).records.map((record) => record.toObject());
  /** The attack as the graph serves it: its articles, date, location and every stated place. */
  const attack = async () =>
    rows(
      `MATCH (ev:Event {type: 'ATTACK'})
          RETURN [(a:Article)-[:REPORTS]->(ev) | a.id] AS articles, toString(ev.date) AS date,
                 [(ev)-[r:LOCATED_IN]->(p) WHERE r.primary | p.id][0] AS location,
                 apoc_free_places(ev) AS places`.replace(
        'apoc_free_places(ev)',
        '[(ev)-[r:LOCATED_IN]->(p) | p.id + " " + reduce(s = "", x IN r.articles | s + x + ",")]',
      ),
    );
  /** Which articles' reports share a node: the partition, independent of node ids. */
  const partition = async () =>
    (
      await rows(`MATCH (a:Article)-[r:REPORTS]->(ev:Event)
                  WITH ev, collect(a.id + '/' + r.type) AS reports
                  RETURN reports`)
    )
      .map((row) => (row.reports as string[]).sort().join(' + '))
      .sort();

  beforeAll(async () => {
    graph = await openTestGraph();
    dir = await mkdtemp(join(tmpdir(), 'kg-resolution-'));
    for (const [name, text] of Object.entries(FILES)) await writeFile(join(dir, name), text);
  });
  beforeEach(async () => emptyGraph(graph));
  afterAll(async () => {
    await graph.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('makes the attack four articles word, date and place differently one node, with every source', async () => {
    await ingest(NAMES);
    const [found, ...others] = await attack();
    expect(others).toEqual([]);
    expect((found?.articles as string[]).sort()).toEqual(['day-of', 'next-day', 'province', 'week-later']);
    // The date most articles give, the most specific place; each stated place keeps its articles.
    expect(found).toMatchObject({ date: '2017-04-04', location: 'place:khan-sheikhoun' });
    expect((found?.places as string[]).sort()).toEqual([
      'country:SYR week-later,',
      'place:idlib province,',
      'place:khan-sheikhoun day-of,next-day,',
    ]);
  });

  it('keeps meetings between different people apart, even in one city', async () => {
    await ingest(NAMES);
    const meetings = await rows(
      `MATCH (ev:Event {type: 'MEETING'}) RETURN [(p:Person)-[:PARTICIPATED_IN]->(ev) | p.id] AS people`,
    );
    expect(meetings.map((m) => (m.people as string[]).sort()).sort()).toEqual([
      ['person:recep-tayyip-erdogan', 'person:vladimir-putin'],
      ['person:rex-tillerson'],
    ]);
  });

  it('gives the same partition in any order, one at a time, four at once, or in batches', async () => {
    const orders = [
      NAMES,
      [...NAMES].reverse(),
      [NAMES[2], NAMES[4], NAMES[0], NAMES[3], NAMES[1]] as string[],
    ];
    const runs: Array<readonly [string[], number, number]> = [
      ...orders.map((order) => [order, 1, 1] as const),
      [NAMES, 4, 1],
      [NAMES, 1, 5],
      [[...NAMES].reverse(), 2, 2],
    ];
    const seen: string[][] = [];
    for (const [order, concurrency, batchSize] of runs) {
      await emptyGraph(graph);
      const summary = await ingest([...order], concurrency, batchSize);
      expect(summary.failed).toBe(0);
      seen.push(await partition());
    }
    for (const other of seen.slice(1)) expect(other).toEqual(seen[0]);
  });

  it('never makes two nodes for one event when articles about it are written at the same time', async () => {
    for (let round = 0; round < 3; round++) {
      await emptyGraph(graph);
      await ingest(['day-of.txt', 'next-day.txt', 'province.txt', 'week-later.txt'], 4, 1);
      expect(await attack()).toHaveLength(1);
    }
  });

  it('re-derives the event when its articles are edited or retracted, and deletes it with the last one', async () => {
    await ingest(NAMES);
    // Without the two articles that placed it in the town, the attack is placed in the province.
    await retractArticle(graph, 'day-of');
    await retractArticle(graph, 'next-day');
    expect(await attack()).toMatchObject([{ location: 'place:idlib', date: '2017-04-05' }]);
    // An edit that names the country instead of the province leaves the country as the most specific place.
    await writeFile(join(dir, 'province.txt'), PROVINCE_REPORT.replaceAll('in Idlib', 'in Syria'));
    await ingest(['province.txt']);
    expect(await attack()).toMatchObject([{ location: 'country:SYR' }]);
    await writeFile(join(dir, 'province.txt'), PROVINCE_REPORT);
    await retractArticle(graph, 'province');
    await retractArticle(graph, 'week-later');
    expect(await attack()).toEqual([]);
    expect(
      await rows('MATCH (ev:Event) WHERE NOT EXISTS { (:Article)-[:REPORTS]->(ev) } RETURN ev.id'),
    ).toEqual([]);
  });
});

const DEV_CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/dev');

// The dev corpus is third-party text kept outside the project: this runs where it is present.
describe.skipIf(!existsSync(DEV_CORPUS))('event resolution on the dev corpus', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openTestGraph();
  });
  afterAll(async () => graph.close());

  it('gives one partition in three orders, with three writers at once and in batches, joining what the gold joins', async () => {
    const orders: Array<GraphEvalOptions> = [
      {},
      { order: (list) => [...list].reverse() },
      { order: (list) => [...list.filter((_, i) => i % 2 === 1), ...list.filter((_, i) => i % 2 === 0)] },
      { concurrency: 3 },
      { batchSize: 4, concurrency: 2 },
    ];
    const partitions = [];
    for (const options of orders) {
      await emptyGraph(graph);
      const result = await runGraphEval(graph, DEV_CORPUS, options);
      expect(share(result.graph.linkPrecision)).toBeGreaterThanOrEqual(0.9);
      expect(linkF1(result.graph)).toBeGreaterThanOrEqual(0.85);
      partitions.push(JSON.stringify([...result.eventsByArticle].sort()));
    }
    expect(new Set(partitions).size).toBe(1);
  });
});
