// Resolves an article's event reports against the graph, inside the article's write transaction.

import type { QueryResult } from 'neo4j-driver';
import { addDays, reportAnchor, reportUid, type EventReport } from './event-report.ts';
import { clusterEventReports, type PlacedReport, type Resolution } from './cluster-event-reports.ts';
import { deriveEventFacts } from './derive-event-facts.ts';
import { worthRunning } from '../cypher-params.ts';
import * as q from './resolution-queries.ts';
import { RESOLUTION_RULES, type ResolutionRules } from './resolution-rules.ts';

export type RunStatement = (cypher: string, params: Record<string, unknown>) => Promise<QueryResult>;

/** A report to write, with the columns that travel on its REPORTS relationship. */
export type NewReport = EventReport;

export interface EventResolutionResult {
  /** The event node each new report now sits on, by the report's uid (its article and key). */
  eventIdByReport: Map<string, string>;
  /** Events that lost reports: delete them if none is left. */
  emptiedEventIds: string[];
}

/**
 * Reads every event near the new reports (or named in `regroupEventIds`, e.g. those an edit or a
 * retraction touched), regroups them with the new reports, and writes the outcome. `articleIds` are
 * the articles being written: their old reports are not in the graph any more, or are being replaced.
 */
export async function resolveEvents(
  run: RunStatement,
  articleIds: readonly string[],
  newReports: readonly NewReport[],
  regroupEventIds: readonly string[],
  rules: ResolutionRules = RESOLUTION_RULES,
): Promise<EventResolutionResult> {
  const probes = newReports.flatMap((report) => {
    const anchor = reportAnchor(report);
    return anchor === null
      ? []
      : [{ type: report.type, ...probeWindow(report.date !== null, anchor, rules) }];
  });
  const existing: PlacedReport[] =
    probes.length === 0 && regroupEventIds.length === 0
      ? []
      : (await run(q.READ_RESOLUTION_SET, { probes, eventIds: regroupEventIds, articleIds })).records.map(
          (record) => ({
            report: reportFromRecord(record.toObject()),
            eventId: record.get('eventId') as string,
          }),
        );
  const placed = [...existing, ...newReports.map((report) => ({ report, eventId: null }))];
  return applyResolution(run, newReports, existing, regroupEventIds, clusterByType(placed, rules));
}

/**
 * Reports of different types never join, so each type is grouped on its own: a batch of articles
 * then regroups the events of a type unless that type alone has too many reports near it.
 */
function clusterByType(placed: readonly PlacedReport[], rules: ResolutionRules): Resolution {
  const byType = new Map<string, PlacedReport[]>();
  for (const one of placed) {
    const group = byType.get(one.report.type);
    if (group) group.push(one);
    else byType.set(one.report.type, [one]);
  }
  const parts = [...byType.values()].map((group) => {
    const existing = group.filter((one) => one.eventId !== null).length;
    return clusterEventReports(group, existing > rules.maxReclusterReports, rules);
  });
  return {
    events: parts.flatMap((part) => part.events),
    nearMisses: parts.flatMap((part) => part.nearMisses),
  };
}

/**
 * The anchor days of the reports that can match one anchored on `anchor`: a dated report meets dated
 * ones a few days either side and undated ones written up to the look-back after it; an undated one
 * meets dated ones up to the look-back before its publication and undated ones as far either side.
 */
export function probeWindow(
  dated: boolean,
  anchor: string,
  rules: ResolutionRules,
): { from: string; to: string } {
  if (dated)
    return {
      from: addDays(anchor, -Math.max(rules.maxDateGapDays, rules.lookaheadDays)),
      to: addDays(anchor, Math.max(rules.maxDateGapDays, rules.lookbackDays)),
    };
  return { from: addDays(anchor, -rules.lookbackDays), to: addDays(anchor, rules.lookbackDays) };
}

export function reportFromRecord(row: Record<string, unknown>): EventReport {
  return {
    articleId: row.articleId as string,
    key: row.key as string,
    type: row.type as string,
    label: (row.label as string | null) ?? '',
    date: (row.date as string | null) ?? null,
    published: (row.published as string | null) ?? null,
    places: row.places as string[],
    placeWeak: row.placeWeak === true,
    participantIds: row.participantIds as string[],
    participantRoles: row.participantRoles as string[],
    people: row.people as string[],
    killed: (row.killed as number | null) ?? null,
    injured: (row.injured as number | null) ?? null,
    pin: (row.pin as string | null) ?? null,
  };
}

/** Writes a resolution: moves reports whose event changed, creates the new ones, derives what changed. */
export async function applyResolution(
  run: RunStatement,
  newReports: readonly NewReport[],
  existing: readonly PlacedReport[],
  regroupEventIds: readonly string[],
  resolution: Resolution,
): Promise<EventResolutionResult> {
  const eventOf = new Map<string, string>();
  for (const event of resolution.events)
    for (const report of event.reports) eventOf.set(reportUid(report), event.id);
  const moves = existing.flatMap(({ report, eventId }) => {
    const to = eventOf.get(reportUid(report));
    return to === undefined || to === eventId
      ? []
      : [{ articleId: report.articleId, key: report.key, from: eventId, to, pin: report.pin }];
  });
  const changed = new Set([
    ...moves.map((move) => move.to),
    ...newReports.map((r) => eventOf.get(reportUid(r))),
  ]);
  const before = new Set(existing.map((placed) => placed.eventId).filter((id): id is string => id !== null));
  const after = new Set(resolution.events.map((event) => event.id));
  const emptiedEventIds = [...before].filter((id) => !after.has(id));
  // Events that only lost reports (an edit, a retraction) need their facts derived again too.
  for (const move of moves) if (move.from !== null && after.has(move.from)) changed.add(move.from);
  for (const id of regroupEventIds) if (after.has(id)) changed.add(id);

  const reportRows = newReports.map((report) => {
    const { date, published, ...props } = report;
    return { eventId: eventOf.get(reportUid(report)), date, published, props };
  });
  const statements: Array<[string, Record<string, unknown>]> = [
    [q.MOVE_REPORTS, { moves }],
    [q.CREATE_REPORTS, { reports: reportRows }],
    [
      q.WRITE_EVENT_FACTS,
      { events: resolution.events.filter((event) => changed.has(event.id)).map(deriveEventFacts) },
    ],
    [q.CLEAR_NEAR_MISSES, { eventIds: [...new Set([...before, ...after])] }],
    [q.WRITE_NEAR_MISSES, { nearMisses: resolution.nearMisses }],
  ];
  const needed = statements.filter(([, params]) => worthRunning(params));
  await Promise.all(needed.map(([cypher, params]) => run(cypher, params)));
  const eventIdByReport = new Map<string, string>();
  for (const report of newReports) {
    const id = eventOf.get(reportUid(report));
    if (id !== undefined) eventIdByReport.set(reportUid(report), id);
  }
  return { eventIdByReport, emptiedEventIds };
}
