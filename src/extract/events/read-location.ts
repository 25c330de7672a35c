// Reads where an event happened: the most specific place near its trigger, else a country it was "in" or "on".

import type { Sentence, Span } from '../../model/extraction.ts';
import type { Gazetteer } from '../gazetteer/gazetteer-types.ts';
import { speechVerbAlternation } from '../lexicon/speech-verbs.ts';
import type { EntityLayer, EntityMention } from '../types.ts';
import { CLAUSE_BETWEEN } from './clause-between.ts';

/** Words between the preposition and the place may be possessives or initials: "in Iraq's Nineveh province". */
const LOCATIVE = /\b(?:in|at|near|of|outside|inside|on|against)\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,2}$/iu;
/** A country is where something happened only "in"/"at" it, except strikes and attacks "on" it. */
const IN_COUNTRY = /\b(?:in|at|inside)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** "strike on Syria", "attack against the Syrian regime": the struck country right after the trigger. */
const STRUCK_COUNTRY = /^\s+(?:on|against)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** "a gas attack hit Douma", "strikes targeted the city of Aleppo": the place the event struck. */
const STRUCK_PLACE =
  /\b(?:hit|hits|struck|strikes|targeted|targets|rocked|rocks|shook|ravaged)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
const CLAUSE_BREAK =
  /\b(?:that|which|who|whom|into|about|over|because|since|while|said|says|told|demanded|demanding|called for|calling for|calls for|urging|after|before)\b/i;
const SPEECH = new RegExp(String.raw`\b(?:${speechVerbAlternation('core')})\b`);
/** A place inside an appositive description of another: ", a town north of Aleppo", "(south of Beirut)". */
const SETTING =
  /(?:,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}(?:of|in|near)|\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of)\s+$/iu;
/** A settlement named with its description: "the town of X", "X, a village ...". */
const SETTLEMENT_BEFORE = /\b(?:town|city|village|suburb|district|neighbou?rhood)\s+of\s+$/i;
const SETTLEMENT_AFTER = /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:town|city|village|suburb|district)\b/u;

/** Whether the place mention is described as a settlement where it stands. */
export function describedAsSettlement(text: string, sentence: Sentence, m: EntityMention): boolean {
  return (
    SETTLEMENT_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 30), m.start)) ||
    SETTLEMENT_AFTER.test(text.slice(m.end, m.end + 40))
  );
}

/** "to Russia's", "at the", "in the": what stands before an organ that is the venue. */
const AT_ORGAN = /\b(?:to|at|in|inside)\s+(?:the\s+)?(?:[\p{L}.]+['’]s\s+)?$/iu;

/** The state a state organ belongs to: "Russian Foreign Ministry" -> Russia. */
function organOwner(name: string, g: Gazetteer): string | null {
  if (!/\b(?:Ministry|Embassy|Government|Office)\b/.test(name)) return null;
  return g.demonyms.get((name.split(' ')[0] ?? '').toLowerCase()) ?? null;
}

export function readLocation(
  text: string,
  sentence: Sentence,
  trigger: Span & { type: string },
  mentions: EntityMention[],
  entities: EntityLayer,
  g: Gazetteer,
): string | null {
  const typeOf = (m: EntityMention) => entities.records.get(m.entityId)?.type;
  const located = (m: EntityMention) =>
    LOCATIVE.test(text.slice(Math.max(sentence.start, m.start - 30), m.start));
  // "Tal Rifaat, a town north of Aleppo": Aleppo only sets the scene for the place just named.
  const places = mentions.filter(
    (m) =>
      typeOf(m) === 'Place' && !SETTING.test(text.slice(Math.max(sentence.start, m.start - 50), m.start)),
  );
  // "the attack on Khan Sheikhoun", "talks in Alaska"; not a place in a clause about something else
  // ("a resolution that demanded an investigation into the attack in Khan Sheikhoun").
  const after = places.find(
    (m) =>
      m.start >= trigger.end &&
      m.start - trigger.end < 120 &&
      (located(m) || STRUCK_PLACE.test(text.slice(Math.max(sentence.start, m.start - 40), m.start))) &&
      !CLAUSE_BREAK.test(text.slice(trigger.end, m.start)),
  );
  if (after) return after.entityId;
  // "In Moscow, Peskov said the summit ...": a place before a speech verb is where the speaker was.
  const before = places
    .filter(
      (m) =>
        m.end <= trigger.start &&
        located(m) &&
        !SPEECH.test(text.slice(m.end, trigger.start)) &&
        !CLAUSE_BETWEEN.test(text.slice(m.end, trigger.start)),
    )
    .at(-1);
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
    // "summoned to Russia's foreign ministry", "talks at the Defence Ministry": held in that state.
    const organ = mentions.find(
      (m) =>
        typeOf(m) === 'Organization' &&
        Math.abs(m.start - trigger.end) < 80 &&
        AT_ORGAN.test(text.slice(Math.max(sentence.start, m.start - 40), m.start)),
    );
    const owner = organ ? organOwner(entities.records.get(organ.entityId)?.name ?? '', g) : null;
    if (owner) return owner;
    const seat = countries.find((m) => m.kind === 'seat' || m.kind === 'city');
    if (seat) return seat.entityId;
  }
  return null;
}
