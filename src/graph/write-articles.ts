// Writes a batch of articles into Neo4j in one transaction: each one unchanged, created, or replaced.

import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import type { Extraction } from '../model/extraction.ts';
import { planArticleWrite, type ArticleWritePlan, type EventReportRow } from './article-write-plan.ts';
import * as q from './article-queries.ts';
import { toCypherParams, worthRunning } from './cypher-params.ts';
import type { Graph } from './driver.ts';
import { reportUid } from './resolution/event-report.ts';
import {
  LINK_CLAIMS_TO_EVENTS,
  LOCK_EVENT_RESOLUTION,
  RELEASE_EVENT_RESOLUTION,
} from './resolution/resolution-queries.ts';
import { resolveEvents } from './resolution/resolve-events.ts';
import { addCounts, emptyCounts, type WriteCounts } from './write-counts.ts';

export type WriteOutcome = 'created' | 'updated' | 'unchanged';

export interface BatchWriteResult {
  outcomes: Array<{ articleId: string; outcome: WriteOutcome }>;
  /** What the whole batch changed in the graph. */
  counts: WriteCounts;
}

export type RunCounted = (cypher: string, params: Record<string, unknown>) => Promise<QueryResult>;

/** One write transaction; executeWrite retries transient errors (deadlocks, leader switches) with backoff. */
export async function inWriteTransaction<T>(
  graph: Graph,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = graph.driver.session({ database: graph.database });
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}

/** Runs statements in `tx` and adds up what they change into `counts`. */
export function countedRunner(tx: ManagedTransaction, counts: WriteCounts): RunCounted {
  return async (cypher, params) => {
    const result = await tx.run(cypher, toCypherParams(params));
    addCounts(counts, result.summary.counters.updates());
    return result;
  };
}

/**
 * Idempotent: the same content twice changes nothing; an edited version replaces the article's facts.
 * A batch shares its round trips and its turn at resolving events; ids must be distinct.
 */
export async function writeArticles(
  graph: Graph,
  extractions: readonly Extraction[],
): Promise<BatchWriteResult> {
  const plans = extractions.map((extraction) => planArticleWrite(extraction));
  const ids = new Set(plans.map((plan) => plan.articleId));
  if (ids.size !== plans.length) throw new Error('one batch holds two articles with the same id');
  return inWriteTransaction(graph, (tx) => writePlans(tx, plans));
}

async function writePlans(tx: ManagedTransaction, plans: ArticleWritePlan[]): Promise<BatchWriteResult> {
  const counts = emptyCounts();
  const run = countedRunner(tx, counts);
  const hashes = await run(q.READ_ARTICLE_HASHES, { articleIds: plans.map((plan) => plan.articleId) });
  const stored = new Map(
    hashes.records.map((r) => [r.get('articleId') as string, r.get('factsHash') as string]),
  );
  const changed = plans.filter((plan) => stored.get(plan.articleId) !== plan.factsHash);
  const outcomes = plans.map((plan) => ({
    articleId: plan.articleId,
    outcome: (!changed.includes(plan)
      ? 'unchanged'
      : stored.has(plan.articleId)
        ? 'updated'
        : 'created') as WriteOutcome,
  }));
  if (changed.length === 0) return { outcomes, counts };
  const articleIds = changed.map((plan) => plan.articleId);
  const lock = () => tx.run(LOCK_EVENT_RESOLUTION, { articleId: articleIds[0] }); // not counted: not data

  const edited = changed.filter((plan) => stored.has(plan.articleId));
  const touchedEntities: string[] = [];
  const touchedEvents: string[] = [];
  const pinsOf = new Map<string, StoredPin[]>();
  if (edited.length === 0) {
    // New articles' own facts need no lock: concurrent writers take turns only at resolving events.
    await runAll(run, factStatements(changed));
    await lock();
  } else {
    // An edit withdraws the old facts first, and under the lock: its events are regrouped.
    await lock();
    for (const plan of edited) {
      const detached = (await run(q.DETACH_ARTICLE_FACTS, { articleId: plan.articleId })).records[0];
      touchedEntities.push(...((detached?.get('entityIds') as string[] | undefined) ?? []));
      touchedEvents.push(...((detached?.get('eventIds') as string[] | undefined) ?? []));
      pinsOf.set(plan.articleId, (detached?.get('pins') as StoredPin[] | undefined) ?? []);
    }
    await runAll(run, factStatements(changed));
  }
  const reports = changed.flatMap((plan) => keepPins(plan.reports, pinsOf.get(plan.articleId) ?? []));
  const resolved = await resolveEvents(run, articleIds, reports, [...new Set(touchedEvents)]);
  const aboutEvents = changed.flatMap((plan) =>
    plan.aboutEvents.flatMap(({ claimId, eventKey }) => {
      const eventId = resolved.eventIdByReport.get(reportUid({ articleId: plan.articleId, key: eventKey }));
      return eventId === undefined ? [] : [{ claimId, eventId }];
    }),
  );
  const entityIds = [...new Set(touchedEntities)];
  await runAll(run, [
    [LINK_CLAIMS_TO_EVENTS, { aboutEvents }],
    [
      q.DELETE_UNSUPPORTED,
      { entityIds, eventIds: [...new Set([...touchedEvents, ...resolved.emptiedEventIds])] },
    ],
  ]);
  // Only entities that may have lost a surface form need a full recompute.
  if (entityIds.length > 0) await run(q.REFRESH_ALIASES, { entityIds });
  await tx.run(RELEASE_EVENT_RESOLUTION);
  return { outcomes, counts };
}

type Statement = [cypher: string, params: Record<string, unknown>];

/** The articles' own facts, one statement per kind for the whole batch, every row naming its article. */
function factStatements(plans: ArticleWritePlan[]): Statement[] {
  const rows = <T extends object>(pick: (plan: ArticleWritePlan) => T[]) =>
    plans.flatMap((plan) => pick(plan).map((row) => ({ ...row, articleId: plan.articleId })));
  // Entity rows in id order: concurrent writers then lock shared nodes in the same order (fewer deadlocks).
  const entities = rows((plan) => plan.entities).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [
    [q.UPSERT_ARTICLES, { articles: plans.map((plan) => ({ id: plan.articleId, props: plan.article })) }],
    [q.UPSERT_ENTITIES, { entities }],
    [q.UPSERT_ROLES, { roles: rows((plan) => plan.roles) }],
    [q.CREATE_CLAIMS, { claims: rows((plan) => plan.claims) }],
    [q.LINK_CLAIM_ABOUT_ENTITIES, { aboutEntities: plans.flatMap((plan) => plan.aboutEntities) }],
  ];
}

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

/** Sends the statements pipelined (the server runs them in order), skipping those with only empty lists. */
export async function runAll(run: RunCounted, statements: Statement[]): Promise<void> {
  const needed = statements.filter(([, params]) => worthRunning(params));
  await Promise.all(needed.map(([cypher, params]) => run(cypher, params)));
}
