// How well two events (or reports) fit as one real happening: a score with its evidence, or null when they cannot be one.

import { daysBetween } from './event-report.ts';
import type { EventProfile } from './event-profile.ts';
import { RESOLUTION_RULES, type ResolutionRules } from './resolution-rules.ts';

export interface EventMatch {
  score: number;
  /** Why, in words a curator reads: "same date", "Idlib lies in Syria", "2 shared participants". */
  evidence: string[];
}

interface Part {
  score: number;
  evidence: string | null;
}

const NEUTRAL: Part = { score: 0, evidence: null };

/** Null when the two cannot be one event: other type, a shared article, dates or places apart, only different people. */
export function scoreEventMatch(
  a: EventProfile,
  b: EventProfile,
  rules: ResolutionRules = RESOLUTION_RULES,
): EventMatch | null {
  if (a.type !== b.type) return null;
  for (const article of a.articles) if (b.articles.has(article)) return null;
  const date = compareDates(a, b, rules);
  const place = comparePlaces(a.places, b.places, a.placeWeak || b.placeWeak, rules);
  const participants = compareParticipants(a, b, rules);
  if (date === null || place === null || participants === null) return null;
  // Time alone never joins two reports: a place or a participant must agree; and dates that
  // differ need the place to agree (people meet on many days, a place is hit on one).
  if (place.score <= 0 && participants.score <= 0) return null;
  if (a.date !== null && b.date !== null && a.date !== b.date && place.score <= 0) return null;
  const parts = [date, place, participants];
  return {
    score: parts.reduce((sum, part) => sum + part.score, 0),
    evidence: parts.flatMap((part) => (part.evidence === null ? [] : [part.evidence])),
  };
}

function compareDates(a: EventProfile, b: EventProfile, rules: ResolutionRules): Part | null {
  if (a.date !== null && b.date !== null) {
    const gap = Math.abs(daysBetween(a.date, b.date));
    if (!Number.isFinite(gap) || gap > rules.maxDateGapDays) return null;
    if (gap === 0) return { score: rules.sameDate, evidence: `same date ${a.date}` };
    if (gap === 1) return { score: rules.dateOneDayApart, evidence: `dates a day apart` };
    return { score: rules.dateFewDaysApart, evidence: `dates ${gap} days apart` };
  }
  if (a.date !== null) return compareDatedWithUndated(a.date, b, rules);
  if (b.date !== null) return compareDatedWithUndated(b.date, a, rules);
  if (a.undatedPublishedFrom === null || b.undatedPublishedFrom === null) return NEUTRAL;
  // Two undated groups: their articles must be written within the look-back window of each other.
  const gap = Math.max(
    daysBetween(a.undatedPublishedTo ?? a.undatedPublishedFrom, b.undatedPublishedFrom),
    daysBetween(b.undatedPublishedTo ?? b.undatedPublishedFrom, a.undatedPublishedFrom),
  );
  return gap > rules.lookbackDays ? null : NEUTRAL;
}

/** An undated report is about something that happened shortly before its article was written. */
function compareDatedWithUndated(day: string, undated: EventProfile, rules: ResolutionRules): Part | null {
  if (undated.undatedPublishedFrom === null) return NEUTRAL;
  const sinceEarliest = daysBetween(day, undated.undatedPublishedFrom);
  const sinceLatest = daysBetween(day, undated.undatedPublishedTo ?? undated.undatedPublishedFrom);
  if (sinceLatest < -rules.lookaheadDays || sinceEarliest > rules.lookbackDays) return null;
  if (sinceEarliest <= rules.recentDays)
    return { score: rules.recentUndated, evidence: `undated, reported within ${rules.recentDays} days` };
  return { score: 0, evidence: `undated, reported within ${rules.lookbackDays} days` };
}

function comparePlaces(
  a: readonly string[],
  b: readonly string[],
  weak: boolean,
  rules: ResolutionRules,
): Part | null {
  const [placeA] = a;
  const [placeB] = b;
  if (placeA === undefined || placeB === undefined) return NEUTRAL;
  if (placeA === placeB) return { score: rules.samePlace, evidence: `same place ${placeA}` };
  const inner = b.includes(placeA) ? b : a.includes(placeB) ? a : null;
  if (inner === null)
    return weak ? { score: 0, evidence: `places differ, one only an actor's country` } : null;
  const outer = inner === b ? placeA : placeB;
  // The outermost link of a chain is the country.
  const outerIsCountry = inner[inner.length - 1] === outer;
  return {
    score: outerIsCountry ? rules.placeWithinCountry : rules.placeWithinPlace,
    evidence: `${inner[0]} lies in ${outer}`,
  };
}

function compareParticipants(a: EventProfile, b: EventProfile, rules: ResolutionRules): Part | null {
  if (a.participants.size === 0 || b.participants.size === 0) return NEUTRAL;
  let shared = 0;
  for (const id of a.participants) if (b.participants.has(id)) shared++;
  if (shared === 0) {
    if (a.people.size > 0 && b.people.size > 0 && rules.peopleDefineTypes.includes(a.type)) return null;
    return { score: rules.disjointParticipants, evidence: 'no shared participant' };
  }
  const jaccard = shared / (a.participants.size + b.participants.size - shared);
  return {
    score: rules.sharedParticipant + rules.participantOverlap * jaccard,
    evidence: `${shared} shared participant${shared === 1 ? '' : 's'}`,
  };
}
