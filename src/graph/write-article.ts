// Writes or retracts one article in its own transaction (a batch of one: see write-articles.ts).

import type { Extraction } from '../model/extraction.ts';
import * as q from './article-queries.ts';
import type { Graph } from './driver.ts';
import { LOCK_EVENT_RESOLUTION, RELEASE_EVENT_RESOLUTION } from './resolution/resolution-queries.ts';
import { resolveEvents } from './resolution/resolve-events.ts';
import { countedRunner, inWriteTransaction, writeArticles, type WriteOutcome } from './write-articles.ts';
import { emptyCounts, type WriteCounts } from './write-counts.ts';

export type { WriteOutcome } from './write-articles.ts';

export interface ArticleWriteResult {
  articleId: string;
  outcome: WriteOutcome;
  counts: WriteCounts;
}

/** Idempotent: the same content twice changes nothing; an edited version replaces the article's facts. */
export async function writeArticle(graph: Graph, extraction: Extraction): Promise<ArticleWriteResult> {
  const { outcomes, counts } = await writeArticles(graph, [extraction]);
  const outcome = outcomes[0]?.outcome ?? 'unchanged';
  return { articleId: extraction.article.id, outcome, counts };
}

export interface RetractResult {
  articleId: string;
  found: boolean;
  counts: WriteCounts;
}

/** Removes the article, its claims, and every entity or event that only it supported. */
export async function retractArticle(graph: Graph, articleId: string): Promise<RetractResult> {
  return inWriteTransaction(graph, async (tx) => {
    const counts = emptyCounts();
    const run = countedRunner(tx, counts);
    const detached = await run(q.DETACH_ARTICLE_FACTS, { articleId });
    const record = detached.records[0];
    if (!record) return { articleId, found: false, counts };
    const entityIds = (record.get('entityIds') as string[]) ?? [];
    const eventIds = (record.get('eventIds') as string[]) ?? [];
    await tx.run(LOCK_EVENT_RESOLUTION, { articleId });
    // Events the article supported may now fall apart into separate happenings: regroup what is left.
    const resolved = await resolveEvents(run, [articleId], [], eventIds);
    await run(q.DELETE_UNSUPPORTED, { entityIds, eventIds: [...eventIds, ...resolved.emptiedEventIds] });
    await run(q.DELETE_ARTICLE_NODE, { articleId });
    await run(q.REFRESH_ALIASES, { entityIds });
    await tx.run(RELEASE_EVENT_RESOLUTION); // not counted: the lock is not data
    return { articleId, found: true, counts };
  });
}
