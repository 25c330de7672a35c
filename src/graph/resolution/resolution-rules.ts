// The weights and windows of event resolution: data, so a change of policy is a change of numbers.

/** How evidence counts when two reports (or two events) are compared; see schema/MODEL.md. */
export const RESOLUTION_RULES = {
  /** Both dated, same day. */
  sameDate: 3,
  /** Both dated, one day apart: an article's "yesterday" or a time zone is often a day off. */
  dateOneDayApart: 0,
  /** Both dated, two or three days apart: allowed only with strong other evidence. */
  dateFewDaysApart: -1,
  /** Dated reports further apart than this are different events. */
  maxDateGapDays: 3,
  /** An undated report is compared with events up to this many days before its article's publication. */
  lookbackDays: 30,
  /** ...and up to this many after (an article written late at night, or a next-day report). */
  lookaheadDays: 1,
  /** An undated report whose dated counterpart falls within `recentDays` before publication ("last week's attack"). */
  recentUndated: 0.5,
  recentDays: 14,
  samePlace: 2,
  /** One place lies inside the other (Khan Sheikhoun in Idlib), neither being a country. */
  placeWithinPlace: 1.5,
  /** A country and a place inside it. */
  placeWithinCountry: 1,
  /** Sharing at least one participant, plus this times the Jaccard overlap of participants. */
  sharedParticipant: 1,
  participantOverlap: 2,
  /** Both name participants but none in common. */
  disjointParticipants: -2,
  /**
   * Happenings defined by who took part: two of them naming only different people are different
   * events. For others (an agreement, an attack) a person named may be a commentator, not a party.
   */
  peopleDefineTypes: ['MEETING', 'PRESS_CONFERENCE', 'INTERVIEW'] as readonly string[],
  /** Merge when the best score reaches this, and no rival is within `ambiguityMargin`. */
  mergeThreshold: 1.5,
  ambiguityMargin: 0.5,
  /** Resolution sets larger than this keep existing events as they are and only place new reports. */
  maxReclusterReports: 60,
} as const;

export type ResolutionRules = typeof RESOLUTION_RULES;
