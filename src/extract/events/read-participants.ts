// Reads who took part in an event: attendees of meetings, perpetrator and target of strikes and expulsions.

import type { ParticipantRole, Sentence, Span } from '../../model/extraction.ts';
import type { Gazetteer } from '../gazetteer/gazetteer-types.ts';
import type { QuotedSpan } from '../text/find-quotes.ts';
import { speechVerbAlternation } from '../lexicon/speech-verbs.ts';
import type { EntityLayer, EntityMention } from '../types.ts';

/** Countries after these words are topics or places ("a face-off over Syria"), not participants. */
const TOPIC_BEFORE =
  /\b(?:over|about|on|in|at|toward|towards|regarding|into|against|from|of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,1}$/iu;
const TWO_SIDES = /\b(?:the\s+)?two\s+(?:countries|sides|nations|governments|powers)\b/i;
const EXPELLED_AFTER =
  /^(?:['’]s\s+(?:[\p{L}]+\s+){0,2}|\s+(?:\d+\s+)?)(?:diplomats?|envoys?|officials|staff|embassy|ambassador)\b/u;
/** "the foreign ministers of Iran and France": "of" after people who represent states names a side. */
const DELEGATES_OF =
  /\b(?:ministers?|leaders?|presidents?|officials|representatives|delegations?|envoys?|heads?(?:\s+of\s+state)?|diplomats)\s+of\s+(?:the\s+)?$/i;
/** "the Trump administration", "the Assad government": a person's name used to name a body. */
const BODY_AFTER_NAME =
  /^(?:['’]s)?\s+(?:administration|government|regime|presidency|era|campaign|team|cabinet|family)\b/i;
/** A speech verb: what follows it is what was said, not who took part. */
const SPEECH = new RegExp(String.raw`\b(?:${speechVerbAlternation()})\b`, 'i');
/** Reported speech ("X said the two countries had agreed"); "told reporters at ..." is not. */
const REPORTING = new RegExp(String.raw`\b(?:${speechVerbAlternation('reporting')})\b`, 'i');
/** "X called for the sanctions to go further", "Orban, who resisted sanctions": a stance on it, not a part in it. */
const STANCE = /\b(?:called\s+for|urged|demanded|resisted|opposed|welcomed|critici[sz]ed|condemned)\b/i;
/** "talks ... since President Joe Biden took office": a clause that tells a time, not an attendee. */
const TIME_CLAUSE = /\b(?:since|until|before|after|when|while|as(?!\s+well\b))\b(?<!\bsuch\s+as)/i;
/** What follows "said" when a new clause with its own subject starts ("said the two countries had agreed"). */
const NEW_SUBJECT =
  /^\s*(?:,\s*)?(?:(?:in|on|at|during|via|through)\s+(?:a|an|the|its|his|her)?\s*[\p{L}-]+\s+){0,2}(?:that\s+)?(?!(?:he|she|they|we|I)\b)(?:(?:the|a|an|both|two|its|their|his|her)\b|\p{Lu})/u;
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
  const people = mentions.filter((m) => typeOf(m) === 'Person');
  const orgs = mentions.filter((m) => typeOf(m) === 'Organization');
  for (const m of mentions) {
    if (quotes.some((q) => q.open < m.start && m.end <= q.close)) continue;
    if (!takesPart(text, sentence, trigger, m)) continue;
    const type = typeOf(m);
    if (type === 'Person') {
      // "a top emissary of the Trump administration": the name qualifies a body, it does not attend.
      if (!BODY_AFTER_NAME.test(text.slice(m.end, m.end + 30))) out.set(m.entityId, role);
    } else if (type === 'Organization') out.set(m.entityId, role);
    else if (
      type === 'Country' &&
      (!TOPIC_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 25), m.start)) ||
        DELEGATES_OF.test(text.slice(Math.max(sentence.start, m.start - 40), m.start))) &&
      // "Russian President Vladimir Putin", "Russia's foreign ministry": the person or organ is the attendee.
      !people.some((p) => p.phrase && p.phrase.start <= m.start && m.end <= p.phrase.end) &&
      !orgs.some(
        (o) =>
          (o.start <= m.start && m.end <= o.end) ||
          (o.start >= m.end && /^['’]s\s+$/.test(text.slice(m.end, o.start))),
      )
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
        trigger.start - m.end < 60 &&
        // "Merkel said the sanctions ...", "Turkey said an air strike ...": the speaker is only the source.
        !(m.end <= trigger.start && REPORTING.test(text.slice(m.end, trigger.start))) &&
        // (Calling for an inquiry is taking part in it; calling for sanctions is not imposing them.)
        !(
          m.end <= trigger.start &&
          trigger.type !== 'INVESTIGATION' &&
          STANCE.test(text.slice(m.end, trigger.start))
        ),
    )
    .at(-1);
  // "an air strike by Syrian government forces": the agent after "by".
  const agent = actors.find(
    (m) =>
      m.start >= trigger.end &&
      m.start - trigger.end < 40 &&
      /^\s+(?:carried out\s+|launched\s+)?by\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,1}$/iu.test(
        text.slice(trigger.end, m.start),
      ),
  );
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
  const perpetrator = inside ?? agent ?? actor;
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
  return [...new Set([...fromText, ...known])].filter((s): s is string => !!s?.startsWith('country:'));
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

/**
 * Whether a mention in the trigger's sentence names someone who took part, judged by what lies between them:
 * after the trigger, a speech verb or a time clause starts something else ("In an interview, Putin said that
 * Trump ..."); before it, the speaker of "X said the two countries had agreed" is only the source, unless the
 * event is the speaking itself (a news conference, an interview), the speaker is the subject ("X said he met")
 * or no new clause starts ("X said after the meetings").
 */
function takesPart(text: string, sentence: Sentence, trigger: Span & { type: string }, m: Span): boolean {
  if (m.start >= trigger.end) {
    const between = text.slice(trigger.end, m.start);
    // "its veto to shield the Syrian government": a purpose clause names someone else.
    return (
      !SPEECH.test(between) &&
      !/\bthat\b/i.test(between) &&
      !TIME_CLAUSE.test(between) &&
      !/\bto\s+[a-z]+\s/.test(between)
    );
  }
  if (m.end > trigger.start || m.start < sentence.start) return true;
  if (trigger.type === 'PRESS_CONFERENCE' || trigger.type === 'INTERVIEW') return true;
  const between = text.slice(m.end, trigger.start);
  const verb = REPORTING.exec(between);
  if (!verb) return true;
  return !NEW_SUBJECT.test(between.slice(verb.index + verb[0].length));
}
