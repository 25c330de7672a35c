// Reads where an event happened: the most specific place near its trigger, else a country it was "in" or "on".

import type { Sentence, Span } from '../../model/extraction.ts';
import type { EntityLayer, EntityMention } from '../types.ts';

const LOCATIVE = /\b(?:in|at|near|of|outside|inside|on|against)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** A country is where something happened only "in"/"at" it, except strikes and attacks "on" it. */
const IN_COUNTRY = /\b(?:in|at|inside)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** "strike on Syria", "attack against the Syrian regime": the struck country right after the trigger. */
const STRUCK_COUNTRY = /^\s+(?:on|against)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

export function readLocation(
  text: string,
  sentence: Sentence,
  trigger: Span & { type: string },
  mentions: EntityMention[],
  entities: EntityLayer,
): string | null {
  const typeOf = (m: EntityMention) => entities.records.get(m.entityId)?.type;
  const located = (m: EntityMention) =>
    LOCATIVE.test(text.slice(Math.max(sentence.start, m.start - 30), m.start));
  const places = mentions.filter((m) => typeOf(m) === 'Place');
  const after = places.find((m) => m.start >= trigger.end && m.start - trigger.end < 120);
  if (after) return after.entityId;
  const before = places.filter((m) => m.end <= trigger.start && located(m)).at(-1);
  if (before) return before.entityId;
  const struck = trigger.type === 'ATTACK' || trigger.type === 'MILITARY_STRIKE';
  const countries = mentions.filter(
    (m) =>
      typeOf(m) === 'Country' &&
      m.kind !== 'demonym' &&
      (IN_COUNTRY.test(text.slice(Math.max(sentence.start, m.start - 30), m.start)) ||
        (struck && m.start >= trigger.end && STRUCK_COUNTRY.test(text.slice(trigger.end, m.start)))),
  );
  const near = countries.find((m) => m.start >= trigger.end && m.start - trigger.end < 70) ?? null;
  if (near) return near.entityId;
  if (trigger.type === 'MEETING' || trigger.type === 'PRESS_CONFERENCE') {
    const seat = countries.find((m) => m.kind === 'seat' || m.kind === 'city');
    if (seat) return seat.entityId;
  }
  return null;
}
