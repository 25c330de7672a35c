// Writes one article's facts into Neo4j in a single transaction: unchanged, created, or replaced.

import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import type { Extraction } from '../model/extraction.ts';
import { planArticleWrite, type ArticleWritePlan, type EventReportRow } from './article-write-plan.ts';
import * as q from './article-queries.ts';
import { toCypherParams, worthRunning } from './cypher-params.ts';
import {
  LINK_CLAIMS_TO_EVENTS,
  LOCK_EVENT_RESOLUTION,
  RELEASE_EVENT_RESOLUTION,
} from './resolution/resolution-queries.ts';
import { resolveEvents } from './resolution/resolve-events.ts';
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

  const articleFacts: Statement[] = [
    [q.UPSERT_ARTICLE, { article: plan.article }],
    [q.UPSERT_ENTITIES, { entities: plan.entities }],
    [q.UPSERT_ROLES, { roles: plan.roles }],
    [q.CREATE_CLAIMS, { claims: plan.claims }],
    [q.LINK_CLAIM_ABOUT_ENTITIES, { aboutEntities: plan.aboutEntities }],
  ];
  let touchedEntities: string[] = [];
  let touchedEvents: string[] = [];
  let reports = plan.reports;
  if (storedHash === undefined) {
    // A new article's own facts need no lock: concurrent writers take turns only at resolving events.
    // The statements run in order on the server; sending them without waiting for each reply
    // (Bolt pipelining) saves a network round trip per statement.
    await runAll(run, articleFacts);
    await tx.run(LOCK_EVENT_RESOLUTION, { articleId: plan.articleId });
  } else {
    // An edit withdraws the old facts first, and under the lock: its events are regrouped.
    await tx.run(LOCK_EVENT_RESOLUTION, { articleId: plan.articleId });
    const detached = await run(q.DETACH_ARTICLE_FACTS, {});
    touchedEntities = (detached.records[0]?.get('entityIds') as string[] | undefined) ?? [];
    touchedEvents = (detached.records[0]?.get('eventIds') as string[] | undefined) ?? [];
    reports = keepPins(reports, (detached.records[0]?.get('pins') as StoredPin[] | undefined) ?? []);
    await runAll(run, articleFacts);
  }
  const resolved = await resolveEvents(run, plan.articleId, reports, touchedEvents);
  const aboutEvents = plan.aboutEvents.flatMap(({ claimId, eventKey }) => {
    const eventId = resolved.eventIdByKey.get(eventKey);
    return eventId === undefined ? [] : [{ claimId, eventId }];
  });
  const gone = { entityIds: touchedEntities, eventIds: [...touchedEvents, ...resolved.emptiedEventIds] };
  await runAll(run, [
    [LINK_CLAIMS_TO_EVENTS, { aboutEvents }],
    [q.DELETE_UNSUPPORTED, gone],
  ]);
  // Only entities that may have lost a surface form need a full recompute.
  if (touchedEntities.length > 0) await run(q.REFRESH_ALIASES, { entityIds: touchedEntities });
  await tx.run(RELEASE_EVENT_RESOLUTION); // not counted: the lock is not data
  return { articleId: plan.articleId, outcome: storedHash === undefined ? 'created' : 'updated', counts };
}

type Statement = [cypher: string, params: Record<string, unknown>];

interface StoredPin {
  key: string;
  type: string;
  pin: string;
}

/**
 * A curator's merge outlives an edit: a new report keeps the pin of the old report with its key,
 * or, when its key changed (a date added, say), of the one old pinned report of its type.
 */
function keepPins(reports: EventReportRow[], pins: StoredPin[]): EventReportRow[] {
  if (pins.length === 0) return reports;
  return reports.map((report) => {
    const byKey = pins.find((pin) => pin.key === report.key);
    const byType = pins.filter((pin) => pin.type === report.type);
    const pin = byKey?.pin ?? (byType.length === 1 ? byType[0]?.pin : undefined);
    return pin === undefined ? report : { ...report, pin };
  });
}

/** Sends the statements pipelined, skipping those whose list parameters are all empty (they would do nothing). */
async function runAll(
  run: (cypher: string, params: Record<string, unknown>) => Promise<QueryResult>,
  statements: Statement[],
): Promise<void> {
  const needed = statements.filter(([, params]) => worthRunning(params));
  await Promise.all(needed.map(([cypher, params]) => run(cypher, params)));
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
    await tx.run(LOCK_EVENT_RESOLUTION, { articleId });
    // Events the article supported may now fall apart into separate happenings: regroup what is left.
    const resolved = await resolveEvents(run, articleId, [], eventIds);
    await run(q.DELETE_UNSUPPORTED, { entityIds, eventIds: [...eventIds, ...resolved.emptiedEventIds] });
    await run(q.DELETE_ARTICLE_NODE, {});
    await run(q.REFRESH_ALIASES, { entityIds });
    await tx.run(RELEASE_EVENT_RESOLUTION); // not counted: the lock is not data
    return { articleId, found: true, counts };
  });
}
