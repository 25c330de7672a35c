// Reads who took part in an event by the participant rules: directed events first, then gatherings.

import type { ParticipantRole, Sentence, Span } from '../../model/extraction.ts';
import type { Gazetteer } from '../gazetteer/gazetteer-types.ts';
import { ATTENDEE_RULES, type AttendeeVerdict } from '../lexicon/participant-rules-attendee.ts';
import { DIRECTED_PARTICIPANT_RULES } from '../lexicon/participant-rules-directed.ts';
import { firstRule, type RuleTable } from '../rules/match-rules.ts';
import type { QuotedSpan } from '../text/find-quotes.ts';
import type { EntityLayer, EntityMention } from '../types.ts';
import { typeOfId } from '../entities/entity-registry.ts';
import type { AttendeeInput } from '../lexicon/participant-rules-attendee.ts';
import { gatheringRole, type Participants, type TriggerContext } from './trigger-context.ts';

const TWO_SIDES = /\b(?:the\s+)?two\s+(?:countries|sides|nations|governments|powers)\b/i;

/** How participants are read, by the trigger's type: the first row that applies reads them all. */
export const PARTICIPANT_RULES: RuleTable<TriggerContext, Participants> = [
  ...DIRECTED_PARTICIPANT_RULES,
  { name: 'attendees', test: () => true, produce: (_hit: true, c: TriggerContext) => readAttendees(c) },
];

export function readParticipants(
  text: string,
  sentence: Sentence,
  trigger: Span & { type: string },
  mentions: EntityMention[],
  entities: EntityLayer,
  quotes: QuotedSpan[] = [],
): Map<string, ParticipantRole> {
  const context: TriggerContext = { text, sentence, trigger, mentions, entities, quotes };
  return firstRule(PARTICIPANT_RULES, context)?.output ?? new Map();
}

/** Each mention judged by the attendee rules; "the two countries" adds the article's two most named states. */
function readAttendees(c: TriggerContext): Participants {
  const out: Participants = new Map();
  const table: RuleTable<AttendeeInput, AttendeeVerdict> = ATTENDEE_RULES;
  for (const mention of c.mentions) {
    const role = firstRule(table, { context: c, mention })?.output;
    if (role) out.set(mention.entityId, role);
  }
  if (TWO_SIDES.test(c.sentence.text))
    for (const id of topCountries(c.entities, 2)) out.set(id, gatheringRole(c));
  return out;
}

/**
 * A country is an attendee in its own right only when no one named speaks for it: with Foreign Minister
 * Lavrov and Secretary Tillerson at the table, "Russian leaders" and "the U.S." add nothing.
 */
export function dropRepresentedStates(
  participants: Map<string, ParticipantRole>,
  entities: EntityLayer,
  g: Gazetteer,
) {
  const represented = new Set<string>();
  for (const [id, role] of participants) {
    if (role !== 'ATTENDEE' && role !== 'PARTICIPANT') continue;
    const record = entities.records.get(id);
    if (record?.type === 'Person') for (const state of statesOf(id, entities, g)) represented.add(state);
    if (record?.type === 'Organization') {
      // A state organ ("Russian Foreign Ministry") speaks for its state.
      const owner = g.demonyms.get(record.name.split(' ')[0]!.toLowerCase());
      if (owner && /\b(?:Ministry|Government|Embassy)\b/.test(record.name)) represented.add(owner);
    }
  }
  for (const id of represented)
    if (participants.get(id) === 'ATTENDEE' || participants.get(id) === 'PARTICIPANT')
      participants.delete(id);
}

/** The states a person holds office in, from the article's role phrases or the gazetteer ("Putin"). */
export function statesOf(id: string, entities: EntityLayer, g: Gazetteer): string[] {
  const fromText = (entities.records.get(id)?.roles ?? []).map((r) => r.ofId);
  const known = (g.entities.get(id)?.roles ?? []).map((r) => r.of);
  return [...new Set([...fromText, ...known])].filter(
    (s): s is string => typeOfId(s, entities.records, g) === 'Country',
  );
}

export function topCountries(entities: EntityLayer, n: number): string[] {
  const counts = new Map<string, number>();
  for (const m of entities.mentions) {
    if (m.entityType === 'Country') counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([id]) => id);
}
