// An event node's own facts, derived from every report grouped under it (with the articles behind each).

import type { ResolvedEvent } from './cluster-event-reports.ts';
import type { EventReport } from './event-report.ts';

export interface EventFactsRow {
  id: string;
  type: string;
  label: string;
  /** Readable summary of what the event was resolved on: type, date and place. */
  key: string;
  date: string | null;
  killed: number | null;
  injured: number | null;
  participations: Array<{ entityId: string; role: string; articles: string[] }>;
  /** Every place an article gives, with those articles; `primary` marks the most specific, the event's location. */
  locations: Array<{ placeId: string; articles: string[]; primary: boolean }>;
}

export function deriveEventFacts(event: ResolvedEvent): EventFactsRow {
  const { reports, profile } = event;
  const place = profile.places[0] ?? null;
  const support = new Map<string, { entityId: string; role: string; articles: Set<string> }>();
  for (const report of reports) {
    report.participantIds.forEach((entityId, index) => {
      const role = report.participantRoles[index] ?? 'PARTICIPANT';
      const key = `${entityId} ${role}`;
      const entry = support.get(key) ?? { entityId, role, articles: new Set<string>() };
      entry.articles.add(report.articleId);
      support.set(key, entry);
    });
  }
  return {
    id: event.id,
    type: profile.type,
    label: mostInformativeLabel(reports.map((report) => report.label)),
    key: [profile.type, profile.date ?? '', place ?? ''].join('|'),
    date: profile.date,
    killed: largest(reports.map((report) => report.killed)),
    injured: largest(reports.map((report) => report.injured)),
    participations: [...support.values()]
      .map((entry) => ({ entityId: entry.entityId, role: entry.role, articles: [...entry.articles].sort() }))
      .sort((a, b) => (a.entityId + a.role < b.entityId + b.role ? -1 : 1)),
    locations: statedPlaces(reports, place),
  };
}

/** The longest label says the most ("attack at Khan Sheikhoun" over "attack"); the smallest among equals. */
function mostInformativeLabel(labels: string[]): string {
  return labels.reduce(
    (best, label) =>
      label.length > best.length || (label.length === best.length && label < best) ? label : best,
    '',
  );
}

function largest(values: Array<number | null>): number | null {
  const numbers = values.filter((value): value is number => value !== null);
  return numbers.length === 0 ? null : Math.max(...numbers);
}

function statedPlaces(reports: EventReport[], primary: string | null): EventFactsRow['locations'] {
  const byPlace = new Map<string, Set<string>>();
  for (const report of reports) {
    const [place] = report.places;
    if (place === undefined) continue;
    byPlace.set(place, (byPlace.get(place) ?? new Set()).add(report.articleId));
  }
  return [...byPlace]
    .map(([placeId, articles]) => ({ placeId, articles: [...articles].sort(), primary: placeId === primary }))
    .sort((a, b) => (a.placeId < b.placeId ? -1 : 1));
}
