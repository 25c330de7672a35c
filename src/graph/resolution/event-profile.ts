// An event as resolution sees it: the facts derived from all the reports grouped under it.

import type { EventReport } from './event-report.ts';

export interface EventProfile {
  type: string;
  /** The date most reports give (the earliest among equals), or null when none gives one. */
  date: string | null;
  /** Publication days of the undated reports, to place them in time. */
  undatedPublishedFrom: string | null;
  undatedPublishedTo: string | null;
  /** The most specific location's chain (it and what contains it), or empty. */
  places: string[];
  /** Every report's place was only a participant's country (see EventReport.placeWeak). */
  placeWeak: boolean;
  participants: Set<string>;
  people: Set<string>;
  articles: Set<string>;
}

/** The most frequent value, the smallest among equals (so the result never depends on input order). */
export function modeOf(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/** The deepest place chain; among equals the one most reports give, then the smallest id. */
export function mostSpecificPlaces(reports: readonly Pick<EventReport, 'places'>[]): string[] {
  let best: string[] = [];
  let bestSupport = 0;
  for (const report of reports) {
    const [place] = report.places;
    if (place === undefined) continue;
    const support = reports.filter((other) => other.places[0] === place).length;
    const deeper = report.places.length > best.length;
    const sameDepth = report.places.length === best.length;
    if (
      deeper ||
      (sameDepth && (support > bestSupport || (support === bestSupport && place < (best[0] ?? ''))))
    ) {
      best = report.places;
      bestSupport = support;
    }
  }
  return best;
}

export function profileOf(reports: readonly EventReport[]): EventProfile {
  const strong = reports.filter((report) => report.places.length > 0 && !report.placeWeak);
  const dated = reports.flatMap((report) => (report.date === null ? [] : [report.date]));
  const undatedPublished = reports
    .flatMap((report) => (report.date === null && report.published !== null ? [report.published] : []))
    .sort();
  return {
    type: reports[0]?.type ?? 'OTHER',
    date: modeOf(dated),
    undatedPublishedFrom: undatedPublished[0] ?? null,
    undatedPublishedTo: undatedPublished[undatedPublished.length - 1] ?? null,
    places: mostSpecificPlaces(strong.length > 0 ? strong : reports),
    placeWeak: strong.length === 0 && reports.some((report) => report.places.length > 0),
    participants: new Set(reports.flatMap((report) => report.participantIds)),
    people: new Set(reports.flatMap((report) => report.people)),
    articles: new Set(reports.map((report) => report.articleId)),
  };
}
