// Participant rules for directed events (strikes, sanctions, expulsions, meddling): who did it to whom.

import type { Rule } from '../rules/match-rules.ts';
import type { EntityMention } from '../types.ts';
import type { Participants, TriggerContext } from '../events/trigger-context.ts';
import { participants, sentenceBefore } from '../events/trigger-context.ts';
import { actorsOf, findAgent, findPerpetrator, findTarget, EXPELLED_AFTER } from './participant-sides.ts';

type ParticipantRule<Hit> = Rule<TriggerContext, Hit, Participants>;

export const DIRECTED_TYPES = new Set([
  'MILITARY_STRIKE',
  'EXPULSION',
  'CONFLICT',
  'ELECTION_INTERFERENCE',
  'SANCTION',
]);

/** The state or body named inside the trigger phrase ("US strikes", "the Russian meddling"). */
const insideTrigger = (c: TriggerContext) =>
  actorsOf(c).find((m) => m.start >= c.trigger.start && m.end <= c.trigger.end);

/** "the attack on Sergei Skripal": an attack's participants are only its named victims. */
const namedVictim: ParticipantRule<true> = {
  name: 'named-victim-of-attack',
  test: (c) => c.trigger.type === 'ATTACK',
  produce: (_hit, c) => {
    const { text, trigger } = c;
    const victim = c.mentions.find(
      (m) =>
        m.entityType === 'Person' &&
        m.start > trigger.end &&
        /^\s+on\s+$/.test(text.slice(trigger.end, m.start)),
    );
    return participants([victim, 'TARGET']);
  },
};

/** "Moscow's meddling in US elections": the state before meddles, the one inside the trigger is meddled with. */
const meddling: ParticipantRule<true> = {
  name: 'meddler-and-meddled',
  test: (c) => c.trigger.type === 'ELECTION_INTERFERENCE',
  produce: (_hit, c) => {
    const { start } = c.trigger;
    const meddler = actorsOf(c)
      .filter((m) => m.end <= start && start - m.end < 30)
      .at(-1);
    return participants([meddler, 'PERPETRATOR'], [insideTrigger(c), 'TARGET']);
  },
};

/** "expelled 23 British diplomats", "the UK's Moscow embassy staff": the state whose envoys leave is the target. */
const expulsion: ParticipantRule<EntityMention> = {
  name: 'expeller-and-expelled',
  test: (c) =>
    c.trigger.type === 'EXPULSION' &&
    actorsOf(c).find(
      (m) => EXPELLED_AFTER.test(c.text.slice(m.end, m.end + 40)) && Math.abs(m.start - c.trigger.start) < 80,
    ),
  produce: (expelled, c) => {
    const { start } = c.trigger;
    const expeller = actorsOf(c)
      .filter(
        (m) =>
          m.end <= start &&
          m.entityId !== expelled.entityId &&
          start - m.end < 90 &&
          !EXPELLED_AFTER.test(c.text.slice(m.end, m.end + 40)),
      )
      .at(-1);
    return participants([expeller, 'PERPETRATOR'], [expelled, 'TARGET']);
  },
};

/** "U.S. strikes on Syria", "an air strike by Syrian government forces": who did it, and to whom. */
const perpetratorAndTarget: ParticipantRule<true> = {
  name: 'perpetrator-and-target',
  test: (c) => DIRECTED_TYPES.has(c.trigger.type),
  produce: (_hit, c) => {
    const target = findTarget(c);
    const perpetrator = insideTrigger(c) ?? findAgent(c) ?? findPerpetrator(c, target);
    const out = participants(
      [perpetrator, 'PERPETRATOR'],
      [target?.entityId !== perpetrator?.entityId ? target : undefined, 'TARGET'],
    );
    // "Russia's embassy staff were expelled": a passive sentence makes the possessor the target.
    const passiveTarget = actorsOf(c).find(
      (m) =>
        m.end <= c.trigger.start &&
        /^['’]s\s+(?:[\p{L}]+\s+){0,2}(?:embassy|diplomats|staff)/u.test(
          c.text.slice(m.end, c.trigger.start),
        ),
    );
    if (passiveTarget && /\b(?:be|been|were|was|are|is)\s+$/i.test(sentenceBefore(c, c.trigger.start, 12))) {
      out.delete(passiveTarget.entityId);
      out.set(passiveTarget.entityId, 'TARGET');
    }
    return out;
  },
};

/** Directed-event rules, in order; the last takes every directed type the others leave. */
export const DIRECTED_PARTICIPANT_RULES = [namedVictim, meddling, expulsion, perpetratorAndTarget] as const;
