// What one article says about one event: the unit that event resolution groups into graph Event nodes.

import { createHash } from 'node:crypto';

/** One article's report of one event, as stored on its REPORTS relationship and compared across articles. */
export interface EventReport {
  articleId: string;
  /** The event's key inside its article (type, date, place, participants): unique per article. */
  key: string;
  type: string;
  label: string;
  /** ISO day the article gives the event, or null when it gives none. */
  date: string | null;
  /** ISO day the article was published: anchors undated reports ("last week's attack"). */
  published: string | null;
  /** The location and every place or country containing it, most specific first; empty when none. */
  places: string[];
  /**
   * The place is a country the event's own participants stand for (North Korea for an agreement
   * North Korea signed, South Korea for a summit its president hailed): often the actor named, not
   * where it happened, so it neither joins nor separates events.
   */
  placeWeak: boolean;
  participantIds: string[];
  participantRoles: string[];
  /** The participants that are people: two reports naming only different people are different events. */
  people: string[];
  killed: number | null;
  injured: number | null;
  /** Set by a curator's merge: reports pinned to one event id stay together. */
  pin: string | null;
}

/** A report's identity in the whole graph. */
export function reportUid(report: Pick<EventReport, 'articleId' | 'key'>): string {
  return `${report.articleId}\u0000${report.key}`;
}

/** The day a report is placed at in time: its own date, else its article's publication day. */
export function reportAnchor(report: Pick<EventReport, 'date' | 'published'>): string | null {
  return report.date ?? report.published;
}

const DAY_MS = 86_400_000;

/** Whole days from `a` to `b` (ISO days); NaN when either does not parse. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** The ISO day `days` after `day`. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The graph id of an event first reported as `uid`: the same grouping gives the same id in any order. */
export function eventIdFor(uid: string): string {
  return 'ev_' + createHash('sha256').update(uid).digest('hex').slice(0, 16);
}
