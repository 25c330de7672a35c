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

/** One write transaction; executeWrite retries transient errors (deadlocks, leader switches) with backoff. */
async function inWriteTransaction<T>(graph: Graph, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = graph.driver.session({ database: graph.database });
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}

/** Runs one article's statements in `tx` (its id always a parameter) and adds up what they change. */
function articleStatements(tx: ManagedTransaction, articleId: string) {
  const counts = emptyCounts();
  const run = async (cypher: string, params: Record<string, unknown>): Promise<QueryResult> => {
    const result = await tx.run(cypher, toCypherParams({ articleId, ...params }));
    addCounts(counts, result.summary.counters.updates());
    return result;
  };
  return { counts, run };
}

/** Idempotent: the same content twice changes nothing; an edited version replaces the article's facts. */
export async function writeArticle(graph: Graph, extraction: Extraction): Promise<ArticleWriteResult> {
  const plan = planArticleWrite(extraction);
  return inWriteTransaction(graph, (tx) => writePlan(tx, plan));
}

async function writePlan(tx: ManagedTransaction, plan: ArticleWritePlan): Promise<ArticleWriteResult> {
  const { counts, run } = articleStatements(tx, plan.articleId);

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

  // The statements run in order on the server; sending them without waiting for each reply
  // (Bolt pipelining) saves a network round trip per statement.
  const writes: Array<[string, Record<string, unknown>]> = [
    [q.UPSERT_ARTICLE, { article: plan.article }],
    [q.UPSERT_ENTITIES, { entities: plan.entities }],
    [q.UPSERT_ROLES, { roles: plan.roles }],
    [q.UPSERT_EVENTS, { events: plan.events }],
    [q.UPSERT_PARTICIPATIONS, { participations: plan.participations }],
    [q.UPSERT_LOCATIONS, { locations: plan.locations }],
    [q.CREATE_CLAIMS, { claims: plan.claims }],
    [q.LINK_CLAIM_ABOUT_ENTITIES, { aboutEntities: plan.aboutEntities }],
    [q.LINK_CLAIM_ABOUT_EVENTS, { aboutEvents: plan.aboutEvents }],
  ];
  if (touchedEntities.length > 0 || touchedEvents.length > 0) {
    writes.push([q.DELETE_UNSUPPORTED, { entityIds: touchedEntities, eventIds: touchedEvents }]);
  }
  // A statement over an empty list would do nothing but cost a round of planning and execution.
  const needed = writes.filter(([, params]) =>
    Object.values(params).every((value) => !Array.isArray(value) || value.length > 0),
  );
  await Promise.all(needed.map(([cypher, params]) => run(cypher, params)));
  // Only entities that may have lost a surface form need a full recompute.
  if (touchedEntities.length > 0) await run(q.REFRESH_ALIASES, { entityIds: touchedEntities });
  return { articleId: plan.articleId, outcome: storedHash === undefined ? 'created' : 'updated', counts };
}

export interface RetractResult {
  articleId: string;
  found: boolean;
  counts: WriteCounts;
}

/** Removes the article, its claims, and every entity or event that only it supported. */
export async function retractArticle(graph: Graph, articleId: string): Promise<RetractResult> {
  return inWriteTransaction(graph, async (tx) => {
    const { counts, run } = articleStatements(tx, articleId);
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
}
