// One textual mention of an event, with what its sentence says about it.

import type { EventType, Mention, ParticipantRole } from '../../model/extraction.ts';

export interface EventMention extends Mention {
  type: EventType;
  anaphor: boolean;
  /** "the attack", "their meeting", "this vote": refers back rather than introducing. */
  definite: boolean;
  inQuote: boolean;
  /** In the title: the story's own event, told again in the lead. */
  headline: boolean;
  /** undefined = the sentence gives no time; null = a time with no day ("last week"). */
  date: string | null | undefined;
  locationId: string | null;
  /** The location is a settlement by its own description ("the town of Majdal Shams", "Tal Rifaat, a town"). */
  settlement?: boolean;
  participants: Map<string, ParticipantRole>;
  killed: number | null;
  injured: number | null;
  /** "could vote", "is expected to visit", "would hold its first meeting": not (yet) a happening. */
  hypothetical?: boolean;
  /** "met Biden on the sidelines (of the summit)": a side meeting, not the gathering around it. */
  sideline?: boolean;
  /** "a phone call with the president": held at a distance, so not the summit the same people held. */
  remote?: boolean;
  /** "a two-day summit": how many days the happening lasts, when the text says so. */
  days?: number;
  /** "Two days after the veto, ambassadors met": dated from another mention's happening (its start), by days. */
  relative?: { anchorStart: number; days: number };
  /** The casualty counts are words ("dozens"), not figures. */
  vague: boolean;
}
