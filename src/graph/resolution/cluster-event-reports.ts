// Groups event reports into events: best-fitting pairs first, ambiguous fits left apart and recorded for curators.

import { reportUid, eventIdFor, type EventReport } from './event-report.ts';
import { profileOf, type EventProfile } from './event-profile.ts';
import { RESOLUTION_RULES, type ResolutionRules } from './resolution-rules.ts';
import { scoreEventMatch, type EventMatch } from './score-event-match.ts';

/** A report and the event it sits on now (null for a report being written). */
export interface PlacedReport {
  report: EventReport;
  eventId: string | null;
}

export interface ResolvedEvent {
  id: string;
  reports: EventReport[];
  profile: EventProfile;
}

export interface NearMiss {
  a: string;
  b: string;
  score: number;
  evidence: string[];
}

export interface Resolution {
  events: ResolvedEvent[];
  nearMisses: NearMiss[];
}

interface Group {
  reports: EventReport[];
  profile: EventProfile;
  firstUid: string;
  /** An id the group must keep: a curator's pin, or an existing event that is not being regrouped. */
  fixedId: string | null;
  frozen: boolean;
  alive: boolean;
}

/**
 * Deterministic for a given set of reports, whatever the order they arrive in: groups are seeded in uid
 * order and merged best score first, ties broken by uid. With `keepExisting`, events already in the graph
 * are not regrouped (only new reports join them or form new events): used when the set is too large.
 */
export function clusterEventReports(
  placed: readonly PlacedReport[],
  keepExisting: boolean,
  rules: ResolutionRules = RESOLUTION_RULES,
): Resolution {
  const groups = seedGroups(placed, keepExisting);
  const pairs = new Map<string, EventMatch>();
  const pairKey = (i: number, j: number) => (i < j ? `${i} ${j}` : `${j} ${i}`);
  const forbidden = new Set<string>();
  const recorded: Array<{ i: number; j: number; match: EventMatch }> = [];

  const canJoin = (a: Group, b: Group): boolean =>
    !(a.frozen && b.frozen) && !(a.fixedId !== null && b.fixedId !== null && a.fixedId !== b.fixedId);
  const scorePair = (i: number, j: number) => {
    const a = groups[i];
    const b = groups[j];
    if (!a || !b || !canJoin(a, b)) return;
    const match = scoreEventMatch(a.profile, b.profile, rules);
    if (match !== null && match.score >= rules.mergeThreshold) pairs.set(pairKey(i, j), match);
  };
  for (let i = 0; i < groups.length; i++) for (let j = i + 1; j < groups.length; j++) scorePair(i, j);

  for (;;) {
    const best = bestPair(pairs, groups, forbidden);
    if (best === null) break;
    const { i, j, match } = best;
    const rival = strongestRival(pairs, groups, forbidden, i, j, match.score - rules.ambiguityMargin);
    if (rival !== null) {
      // Two events fit about equally: do not guess; keep both fits for a curator.
      forbidden.add(pairKey(i, j));
      forbidden.add(pairKey(rival.i, rival.j));
      recorded.push({ i, j, match }, rival);
      continue;
    }
    mergeInto(groups, i, j);
    for (const key of [...pairs.keys()]) {
      const [x, y] = key.split(' ').map(Number);
      if (x === i || y === i || x === j || y === j) pairs.delete(key);
    }
    for (let k = 0; k < groups.length; k++) if (k !== i && groups[k]?.alive) scorePair(i, k);
  }
  return finish(groups, recorded);
}

function seedGroups(placed: readonly PlacedReport[], keepExisting: boolean): Group[] {
  const sorted = [...placed].sort((a, b) => compare(reportUid(a.report), reportUid(b.report)));
  const byKey = new Map<string, Group>();
  const groups: Group[] = [];
  for (const { report, eventId } of sorted) {
    const uid = reportUid(report);
    const seedKey =
      report.pin !== null
        ? `pin ${report.pin}`
        : keepExisting && eventId !== null
          ? `event ${eventId}`
          : null;
    const existing = seedKey === null ? undefined : byKey.get(seedKey);
    if (existing) {
      existing.reports.push(report);
      continue;
    }
    const group: Group = {
      reports: [report],
      profile: profileOf([report]),
      firstUid: uid,
      fixedId: report.pin ?? (keepExisting ? eventId : null),
      frozen: keepExisting && eventId !== null,
      alive: true,
    };
    groups.push(group);
    if (seedKey !== null) byKey.set(seedKey, group);
  }
  for (const group of groups) group.profile = profileOf(group.reports);
  return groups;
}

function bestPair(pairs: Map<string, EventMatch>, groups: Group[], forbidden: Set<string>) {
  let best: { i: number; j: number; match: EventMatch; tie: string } | null = null;
  for (const [key, match] of pairs) {
    if (forbidden.has(key)) continue;
    const [i = 0, j = 0] = key.split(' ').map(Number);
    const tie = `${groups[i]?.firstUid} ${groups[j]?.firstUid}`;
    if (
      best === null ||
      match.score > best.match.score ||
      (match.score === best.match.score && tie < best.tie)
    )
      best = { i, j, match, tie };
  }
  return best;
}

/** Another fit for i or j, at least `floor`, that cannot coexist with i and j together. */
function strongestRival(
  pairs: Map<string, EventMatch>,
  groups: Group[],
  forbidden: Set<string>,
  i: number,
  j: number,
  floor: number,
): { i: number; j: number; match: EventMatch } | null {
  let rival: { i: number; j: number; match: EventMatch } | null = null;
  for (const [key, match] of pairs) {
    if (forbidden.has(key) || match.score < floor) continue;
    const [x = 0, y = 0] = key.split(' ').map(Number);
    if ((x === i && y === j) || (x === j && y === i)) continue;
    const shared = x === i || x === j ? x : y === i || y === j ? y : null;
    if (shared === null) continue;
    const other = shared === x ? y : x;
    const partner = shared === i ? j : i;
    // A third group that could join the pair too is not a rival but a later merge.
    if (pairs.has(other < partner ? `${other} ${partner}` : `${partner} ${other}`)) continue;
    if (rival === null || match.score > rival.match.score) rival = { i: shared, j: other, match };
  }
  return rival;
}

function mergeInto(groups: Group[], i: number, j: number): void {
  const a = groups[i];
  const b = groups[j];
  if (!a || !b) return;
  a.reports.push(...b.reports);
  a.profile = profileOf(a.reports);
  a.firstUid = compare(a.firstUid, b.firstUid) <= 0 ? a.firstUid : b.firstUid;
  a.fixedId = a.fixedId ?? b.fixedId;
  a.frozen = a.frozen || b.frozen;
  b.alive = false;
  b.reports = [];
}

function finish(groups: Group[], recorded: Array<{ i: number; j: number; match: EventMatch }>): Resolution {
  // A merged-away group lives on in the group it joined.
  const owner = groups.map((_, index) => index);
  groups.forEach((group, index) => {
    if (group.alive) return;
    const uid = group.firstUid;
    const into = groups.findIndex((other) => other.alive && other.reports.some((r) => reportUid(r) === uid));
    owner[index] = into;
  });
  const idOf = (group: Group) => group.fixedId ?? eventIdFor(group.firstUid);
  const events = groups
    .filter((group) => group.alive)
    .map((group) => ({ id: idOf(group), reports: group.reports, profile: group.profile }));
  const nearMisses = new Map<string, NearMiss>();
  for (const { i, j, match } of recorded) {
    const a = groups[owner[i] ?? i];
    const b = groups[owner[j] ?? j];
    if (!a || !b || a === b) continue;
    const [first, second] = [idOf(a), idOf(b)].sort(compare) as [string, string];
    const key = `${first} ${second}`;
    const known = nearMisses.get(key);
    if (!known || known.score < match.score)
      nearMisses.set(key, { a: first, b: second, score: match.score, evidence: match.evidence });
  }
  return { events, nearMisses: [...nearMisses.values()] };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
