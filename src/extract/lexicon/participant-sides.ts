// Cues for the sides of a directed event: the target after the trigger, the agent after "by", the actor before it.

import type { TriggerContext } from '../events/trigger-context.ts';
import type { EntityMention } from '../types.ts';
import { speechVerbAlternation } from './speech-verbs.ts';

/** "23 British diplomats", "Britain's embassy staff": the state whose envoys are expelled. */
export const EXPELLED_AFTER =
  /^(?:['’]s\s+(?:[\p{L}]+\s+){0,2}|\s+(?:\d+\s+)?)(?:diplomats?|envoys?|officials|staff|embassy|ambassador)\b/u;
/** Reported speech ("X said the two countries had agreed"); "told reporters at ..." is not. */
export const REPORTING = new RegExp(String.raw`\b(?:${speechVerbAlternation('reporting')})\b`, 'i');
/** "X called for the sanctions to go further", "Orban, who resisted sanctions": a stance on it, not a part in it. */
const STANCE = /\b(?:called\s+for|urged|demanded|resisted|opposed|welcomed|critici[sz]ed|condemned)\b/i;
/** What lies between a trigger and its target: "on Syria", "against the Islamic State group", "of 23". */
const TARGET_GAPS = [
  /^\s+(?:on|against|at|with|from)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu,
  /^\s+(?:the\s+)?(?:\d+\s+)?$/,
  /^\s+(?:in|of)\s+(?:\d+\s+)?$/,
];
const AGENT_GAP = /^\s+(?:carried out\s+|launched\s+)?by\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,1}$/iu;

/** States and organizations: the sides that strike, sanction and expel. */
export function actorsOf(c: TriggerContext): EntityMention[] {
  return c.mentions.filter((m) => m.entityType === 'Country' || m.entityType === 'Organization');
}

/** The target: "on Syria", "against the Islamic State group", "23 British diplomats". */
export function findTarget(c: TriggerContext): EntityMention | undefined {
  const { end } = c.trigger;
  return actorsOf(c).find((m) => {
    if (m.start < end || m.start - end > 50) return false;
    const gap = c.text.slice(end, m.start);
    return TARGET_GAPS.some((p) => p.test(gap));
  });
}

/** "an air strike by Syrian government forces": the agent after "by". */
export function findAgent(c: TriggerContext): EntityMention | undefined {
  const { end } = c.trigger;
  return actorsOf(c).find(
    (m) => m.start >= end && m.start - end < 40 && AGENT_GAP.test(c.text.slice(end, m.start)),
  );
}

/**
 * The actor: the nearest state before the trigger ("U.S. strikes", "Britain's decision to expel"), unless it only
 * reports the event ("Turkey said an air strike ...") or takes a stance on it (calling for an inquiry is taking
 * part in it; calling for sanctions is not imposing them).
 */
export function findPerpetrator(
  c: TriggerContext,
  target: EntityMention | undefined,
): EntityMention | undefined {
  const { start, end, type } = c.trigger;
  return actorsOf(c)
    .filter((m) => {
      if (m.end > end || m.start < c.sentence.start || m === target || start - m.end >= 60) return false;
      if (m.end > start) return true;
      const between = c.text.slice(m.end, start);
      return !REPORTING.test(between) && !(type !== 'INVESTIGATION' && STANCE.test(between));
    })
    .at(-1);
}
