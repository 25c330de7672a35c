// Batched writes on the real Neo4j: a batch gives the graph one article at a time gives, and a bad article fails alone.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.ts';
import { extractArticle } from '../../src/extract/index.ts';
import type { Graph } from '../../src/graph/driver.ts';
import { writeArticles } from '../../src/graph/write-articles.ts';
import { writeBatch } from '../../src/ingest/write-batch.ts';
import type { Extraction } from '../../src/model/extraction.ts';
import {
  DAY_OF_REPORT,
  NEXT_DAY_REPORT,
  OTHER_MEETING_REPORT,
  PROVINCE_REPORT,
  WEEK_LATER_REPORT,
} from '../fixtures/cross-article-reports.ts';
import { countGraph, countOrphans, emptyGraph, openTestGraph } from '../support/test-graph.ts';

const REPORTS = { DAY_OF_REPORT, NEXT_DAY_REPORT, OTHER_MEETING_REPORT, PROVINCE_REPORT, WEEK_LATER_REPORT };
const extractions: Extraction[] = Object.entries(REPORTS).map(([baseId, text]) =>
  extractArticle(parseArticle({ baseId: baseId.toLowerCase(), text, sidecar: null })),
);

describe('writing articles in batches', () => {
  let graph: Graph;
  const rows = async (cypher: string) =>
    (await graph.driver.executeQuery(cypher)).records.map((record) => record.toObject());
  /** Each event as the set of articles reporting it, and everything a claim or mention links. */
  const shape = async () => ({
    counts: await countGraph(graph),
    events: (
      await rows(`MATCH (ev:Event) RETURN ev.type + ' ' + coalesce(toString(ev.date), '-') AS event,
                    [(x:Article)-[:REPORTS]->(ev) | x.id] AS articles`)
    )
      .map((row) => `${row.event as string} ${(row.articles as string[]).sort().join(',')}`)
      .sort(),
  });

  beforeAll(async () => {
    graph = await openTestGraph();
  });
  beforeEach(async () => emptyGraph(graph));
  afterAll(async () => graph.close());

  it('gives the same graph as writing the articles one at a time', async () => {
    for (const extraction of extractions) await writeArticles(graph, [extraction]);
    const oneByOne = await shape();
    await emptyGraph(graph);
    const result = await writeArticles(graph, extractions);
    expect(result.outcomes.map((o) => o.outcome)).toEqual(extractions.map(() => 'created'));
    expect(await shape()).toEqual(oneByOne);
    // Written again, the batch changes nothing.
    const again = await writeArticles(graph, extractions);
    expect(again.outcomes.map((o) => o.outcome)).toEqual(extractions.map(() => 'unchanged'));
    expect(again.counts.nodesCreated + again.counts.propertiesSet).toBe(0);
  });

  it('writes the rest of a batch when the database refuses one article, and nothing of that one', async () => {
    const refused = {
      ...(extractions[1] as Extraction),
      article: { ...(extractions[1] as Extraction).article, id: 'refused', publishedAt: '2017-13-45' },
    };
    const batch = [extractions[0], refused, extractions[2]] as Extraction[];
    const outcome = await writeBatch(graph, batch);
    expect(outcome.lostConnection).toBeNull();
    expect(outcome.written.map((w) => w.outcome)).toEqual(['created', 'failed', 'created']);
    expect(outcome.written[1]).toMatchObject({ reason: expect.stringMatching(/\S/) });
    expect(await rows('MATCH (a:Article) RETURN a.id AS id ORDER BY id')).toEqual([
      { id: batch[0]?.article.id },
      { id: batch[2]?.article.id },
    ]);
    expect(await countOrphans(graph)).toEqual({ events: 0, entities: 0, claims: 0 });
  });

  it('refuses a batch that holds one article id twice', async () => {
    await expect(writeArticles(graph, [extractions[0], extractions[0]] as Extraction[])).rejects.toThrow(
      /same id/,
    );
    expect(await countGraph(graph)).toEqual({ nodes: 0, relationships: 0 });
  });
});
