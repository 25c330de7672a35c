// Writes one article's facts into Neo4j in a single transaction: unchanged, created, or replaced.

import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import type { Extraction } from '../model/extraction.ts';
import { planArticleWrite, type ArticleWritePlan } from './article-write-plan.ts';
import * as q from './article-queries.ts';
import { toCypherParams } from './cypher-params.ts';
import type { Graph } from './driver.ts';
import { emptyCounts, addCounts, type WriteCounts } from './write-counts.ts';

export type WriteOutcome = 'created' | 'updated' | 'unchanged';

export interface ArticleWriteResult {
  articleId: string;
  outcome: WriteOutcome;
  counts: WriteCounts;
}

/** Idempotent: the same content twice changes nothing; an edited version replaces the article's facts. */
export async function writeArticle(graph: Graph, extraction: Extraction): Promise<ArticleWriteResult> {
  const plan = planArticleWrite(extraction);
  const session = graph.driver.session({ database: graph.database });
  try {
    // executeWrite retries transient errors (deadlocks, leader switches) with backoff.
    return await session.executeWrite((tx) => writePlan(tx, plan));
  } finally {
    await session.close();
  }
}

async function writePlan(tx: ManagedTransaction, plan: ArticleWritePlan): Promise<ArticleWriteResult> {
  const counts = emptyCounts();
  const run = async (cypher: string, params: Record<string, unknown>): Promise<QueryResult> => {
    const result = await tx.run(cypher, toCypherParams({ articleId: plan.articleId, ...params }));
    addCounts(counts, result.summary.counters.updates());
    return result;
  };

  const existing = await run(q.READ_ARTICLE_HASH, {});
  const storedHash = existing.records[0]?.get('factsHash') as string | undefined;
  if (storedHash === plan.factsHash) return { articleId: plan.articleId, outcome: 'unchanged', counts };

  let touchedEntities: string[] = [];
  let touchedEvents: string[] = [];
  if (storedHash !== undefined) {
    const detached = await run(q.DETACH_ARTICLE_FACTS, {});
    touchedEntities = (detached.records[0]?.get('entityIds') as string[] | undefined) ?? [];
    touchedEvents = (detached.records[0]?.get('eventIds') as string[] | undefined) ?? [];
  }

  await run(q.UPSERT_ARTICLE, { article: plan.article });
  await run(q.UPSERT_ENTITIES, { entities: plan.entities });
  await run(q.UPSERT_ROLES, { roles: plan.roles });
  await run(q.UPSERT_EVENTS, { events: plan.events });
  await run(q.UPSERT_PARTICIPATIONS, { participations: plan.participations });
  await run(q.UPSERT_LOCATIONS, { locations: plan.locations });
  await run(q.CREATE_CLAIMS, { claims: plan.claims });
  await run(q.LINK_CLAIM_ABOUT_ENTITIES, { about: plan.aboutEntities });
  await run(q.LINK_CLAIM_ABOUT_EVENTS, { about: plan.aboutEvents });
  if (touchedEntities.length > 0 || touchedEvents.length > 0) {
    await run(q.DELETE_UNSUPPORTED, { entityIds: touchedEntities, eventIds: touchedEvents });
  }
  const refreshed = new Set([...touchedEntities, ...plan.entities.map((entity) => entity.id)]);
  await run(q.REFRESH_ALIASES, { entityIds: [...refreshed] });
  return { articleId: plan.articleId, outcome: storedHash === undefined ? 'created' : 'updated', counts };
}

export interface RetractResult {
  articleId: string;
  found: boolean;
  counts: WriteCounts;
}

/** Removes the article, its claims, and every entity or event that only it supported. */
export async function retractArticle(graph: Graph, articleId: string): Promise<RetractResult> {
  const session = graph.driver.session({ database: graph.database });
  try {
    return await session.executeWrite(async (tx) => {
      const counts = emptyCounts();
      const run = async (cypher: string, params: Record<string, unknown>): Promise<QueryResult> => {
        const result = await tx.run(cypher, toCypherParams({ articleId, ...params }));
        addCounts(counts, result.summary.counters.updates());
        return result;
      };
      const detached = await run(q.DETACH_ARTICLE_FACTS, {});
      const record = detached.records[0];
      if (!record) return { articleId, found: false, counts };
      const entityIds = (record.get('entityIds') as string[]) ?? [];
      const eventIds = (record.get('eventIds') as string[]) ?? [];
      await run(q.DELETE_UNSUPPORTED, { entityIds, eventIds });
      await run(q.DELETE_ARTICLE_NODE, {});
      await run(q.REFRESH_ALIASES, { entityIds });
      return { articleId, found: true, counts };
    });
  } finally {
    await session.close();
  }
}
