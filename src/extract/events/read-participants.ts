// Reads who took part in an event: attendees of meetings, perpetrator and target of strikes and expulsions.

import type { ParticipantRole, Sentence, Span } from '../../model/extraction.ts';
import type { QuotedSpan } from '../text/find-quotes.ts';
import type { EntityLayer, EntityMention } from '../types.ts';

/** Countries after these words are topics or places ("a face-off over Syria"), not participants. */
const TOPIC_BEFORE =
  /\b(?:over|about|on|in|toward|towards|regarding|into|against|from|of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,1}$/iu;
const TWO_SIDES = /\b(?:the\s+)?two\s+(?:countries|sides|nations|governments|powers)\b/i;
const EXPELLED_AFTER =
  /^(?:['’]s\s+(?:[\p{L}]+\s+){0,2}|\s+(?:\d+\s+)?)(?:diplomats?|envoys?|officials|staff|embassy|ambassador)\b/u;
const DIRECTED = new Set(['MILITARY_STRIKE', 'EXPULSION', 'CONFLICT', 'ELECTION_INTERFERENCE', 'SANCTION']);

export function readParticipants(
  text: string,
  sentence: Sentence,
  trigger: Span & { type: string },
  mentions: EntityMention[],
  entities: EntityLayer,
  quotes: QuotedSpan[] = [],
): Map<string, ParticipantRole> {
  const out = new Map<string, ParticipantRole>();
  const typeOf = (m: EntityMention) => entities.records.get(m.entityId)?.type;
  if (trigger.type === 'ATTACK') {
    // Only named victims: "the attack on Sergei Skripal".
    const victim = mentions.find(
      (m) =>
        typeOf(m) === 'Person' &&
        m.start > trigger.end &&
        /^\s+on\s+$/.test(text.slice(trigger.end, m.start)),
    );
    if (victim) out.set(victim.entityId, 'TARGET');
    return out;
  }
  if (DIRECTED.has(trigger.type)) return readDirected(text, sentence, trigger, mentions, entities);
  const role: ParticipantRole =
    trigger.type === 'MEETING' || trigger.type === 'PRESS_CONFERENCE' ? 'ATTENDEE' : 'PARTICIPANT';
  for (const m of mentions) {
    if (quotes.some((q) => q.open < m.start && m.end <= q.close)) continue;
    const type = typeOf(m);
    if (type === 'Person' || type === 'Organization') out.set(m.entityId, role);
    else if (
      type === 'Country' &&
      !TOPIC_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 25), m.start))
    )
      out.set(m.entityId, role);
  }
  if (TWO_SIDES.test(sentence.text)) for (const id of topCountries(entities, 2)) out.set(id, role);
  return out;
}

function readDirected(
  text: string,
  sentence: Sentence,
  trigger: Span & { type: string },
  mentions: EntityMention[],
  entities: EntityLayer,
): Map<string, ParticipantRole> {
  const out = new Map<string, ParticipantRole>();
  const actors = mentions.filter((m) => {
    const type = entities.records.get(m.entityId)?.type;
    return type === 'Country' || type === 'Organization';
  });
  // The target: "on Syria", "against the Islamic State group", "23 British diplomats".
  const target = actors.find((m) => {
    if (m.start < trigger.end || m.start - trigger.end > 50) return false;
    const gap = text.slice(trigger.end, m.start);
    return (
      /^\s+(?:on|against|at|with|from)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu.test(gap) ||
      /^\s+(?:the\s+)?(?:\d+\s+)?$/.test(gap) ||
      /^\s+(?:in|of)\s+(?:\d+\s+)?$/.test(gap)
    );
  });
  // The actor: the nearest state before the trigger ("U.S. strikes", "Britain's decision to expel", "USA -led effort").
  const actor = actors
    .filter(
      (m) =>
        m.end <= trigger.start + (trigger.end - trigger.start) &&
        m.start >= sentence.start &&
        m !== target &&
        trigger.start - m.end < 60,
    )
    .at(-1);
  const inside = actors.find((m) => m.start >= trigger.start && m.end <= trigger.end);
  if (trigger.type === 'ELECTION_INTERFERENCE') {
    // "Moscow's meddling in US elections": the state inside the trigger is the one meddled with.
    const meddler = actors.filter((m) => m.end <= trigger.start && trigger.start - m.end < 30).at(-1);
    if (meddler) out.set(meddler.entityId, 'PERPETRATOR');
    if (inside) out.set(inside.entityId, 'TARGET');
    return out;
  }
  if (trigger.type === 'EXPULSION') {
    // "23 British diplomats", "the UK's Moscow embassy staff": the state whose envoys leave is the target.
    const expelled = actors.find(
      (m) => EXPELLED_AFTER.test(text.slice(m.end, m.end + 40)) && Math.abs(m.start - trigger.start) < 80,
    );
    if (expelled) {
      const expeller = actors
        .filter(
          (m) =>
            m.end <= trigger.start &&
            m.entityId !== expelled.entityId &&
            trigger.start - m.end < 90 &&
            !EXPELLED_AFTER.test(text.slice(m.end, m.end + 40)),
        )
        .at(-1);
      if (expeller) out.set(expeller.entityId, 'PERPETRATOR');
      out.set(expelled.entityId, 'TARGET');
      return out;
    }
  }
  const perpetrator = inside ?? actor;
  if (perpetrator) out.set(perpetrator.entityId, 'PERPETRATOR');
  if (target && target.entityId !== perpetrator?.entityId) out.set(target.entityId, 'TARGET');
  else if (target && !perpetrator) out.set(target.entityId, 'TARGET');
  const passiveTarget = actors.find(
    (m) =>
      m.end <= trigger.start &&
      /^['’]s\s+(?:[\p{L}]+\s+){0,2}(?:embassy|diplomats|staff)/u.test(text.slice(m.end, trigger.start)),
  );
  if (
    passiveTarget &&
    /\b(?:be|been|were|was|are|is)\s+$/i.test(
      text.slice(Math.max(sentence.start, trigger.start - 12), trigger.start),
    )
  ) {
    out.delete(passiveTarget.entityId);
    out.set(passiveTarget.entityId, 'TARGET');
  }
  return out;
}

export function topCountries(entities: EntityLayer, n: number): string[] {
  const counts = new Map<string, number>();
  for (const m of entities.mentions) {
    if (entities.records.get(m.entityId)?.type === 'Country')
      counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([id]) => id);
}
