// What the participant rules read about one event trigger, and whether a mention belongs to the trigger's clause.

import type { ParticipantRole, Sentence, Span } from '../../model/extraction.ts';
import { REPORTING } from '../lexicon/participant-sides.ts';
import { speechVerbAlternation } from '../lexicon/speech-verbs.ts';
import type { QuotedSpan } from '../text/find-quotes.ts';
import type { EntityLayer, EntityMention } from '../types.ts';

export interface TriggerContext {
  text: string;
  sentence: Sentence;
  trigger: Span & { type: string };
  /** The mentions of the trigger's sentence. */
  mentions: EntityMention[];
  entities: EntityLayer;
  quotes: QuotedSpan[];
}

/** Who took part and how: entity id -> role, in the order they were found. */
export type Participants = Map<string, ParticipantRole>;

/** Up to `chars` characters of the trigger's sentence before offset `at`. */
export function sentenceBefore(c: TriggerContext, at: number, chars: number): string {
  return c.text.slice(Math.max(c.sentence.start, at - chars), at);
}

/** The participants a list of (id, role) pairs makes, later pairs overriding earlier ones. */
export function participants(...pairs: [EntityMention | undefined, ParticipantRole][]): Participants {
  const out: Participants = new Map();
  for (const [m, role] of pairs) if (m) out.set(m.entityId, role);
  return out;
}

/** The role of whoever takes part in a gathering: a meeting's attendees, a vote's or visit's participants. */
export function gatheringRole(c: TriggerContext): ParticipantRole {
  return c.trigger.type === 'MEETING' || c.trigger.type === 'PRESS_CONFERENCE' ? 'ATTENDEE' : 'PARTICIPANT';
}

/** A speech verb: what follows it is what was said, not who took part. */
const SPEECH = new RegExp(String.raw`\b(?:${speechVerbAlternation()})\b`, 'i');
/** "talks ... since President Joe Biden took office": a clause that tells a time, not an attendee. */
const TIME_CLAUSE = /\b(?:since|until|before|after|when|while|as(?!\s+well\b))\b(?<!\bsuch\s+as)/i;
/** What follows "said" when a new clause with its own subject starts ("said the two countries had agreed"). */
const NEW_SUBJECT =
  /^\s*(?:,\s*)?(?:(?:in|on|at|during|via|through)\s+(?:a|an|the|its|his|her)?\s*[\p{L}-]+\s+){0,2}(?:that\s+)?(?!(?:he|she|they|we|I)\b)(?:(?:the|a|an|both|two|its|their|his|her)\b|\p{Lu})/u;
/** "its veto to shield the Syrian government": a purpose clause names someone else. */
const PURPOSE = /\bto\s+[a-z]+\s/;

/**
 * After the trigger, a speech verb, "that", a time or purpose clause starts something else ("In an interview,
 * Putin said that Trump ..."); before it, the speaker of "X said the two countries had agreed" is only the
 * source, unless the event is the speaking itself (a news conference, an interview), the speaker is the
 * subject ("X said he met") or no new clause starts ("X said after the meetings").
 */
export function takesPart(c: TriggerContext, m: Span): boolean {
  const { text, trigger, sentence } = c;
  if (m.start >= trigger.end) {
    const between = text.slice(trigger.end, m.start);
    return (
      !SPEECH.test(between) &&
      !/\bthat\b/i.test(between) &&
      !TIME_CLAUSE.test(between) &&
      !PURPOSE.test(between)
    );
  }
  if (m.end > trigger.start || m.start < sentence.start) return true;
  if (trigger.type === 'PRESS_CONFERENCE' || trigger.type === 'INTERVIEW') return true;
  const between = text.slice(m.end, trigger.start);
  const verb = REPORTING.exec(between);
  if (!verb) return true;
  return !NEW_SUBJECT.test(between.slice(verb.index + verb[0].length));
}
