// Finds event trigger mentions sentence by sentence and reads their date, place, participants and casualties.

import { capture } from '../text/capture.ts';
import type { Sentence } from '../../model/extraction.ts';
import { NUMBER_WORDS, RELATIVE_TO_EVENT } from '../lexicon/dates.ts';
import { TRIGGERS } from '../lexicon/event-triggers.ts';
import { speechVerbAlternation } from '../lexicon/speech-verbs.ts';
import { insideQuote } from '../text/find-quotes.ts';
import type { Gazetteer } from '../gazetteer/gazetteer-types.ts';
import type { EntityLayer, EntityMention, TextLayer } from '../types.ts';
import type { EventMention } from './event-mention.ts';
import { findDateExpressions, type DateExpression } from './find-date-expressions.ts';
import { readCasualties } from './read-casualties.ts';
import { CLAUSE_BETWEEN } from './clause-between.ts';
import { describedAsSettlement, readLocation } from './read-location.ts';
import { readParticipants } from './read-participants.ts';

const COMPILED = TRIGGERS.map((t) => ({ ...t, re: new RegExp(t.pattern, 'giu') }));
/** What may sit between "the attack" and its own date: places ("the gas attack in Douma on Saturday"). */
const OWN_PHRASE =
  /^(?:\s+(?:in|at|near|of|on)\s+(?:the\s+)?(?:(?:town|city|village|port|district|province|region)\s+of\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*,?)*(?:\s+on)?\s*$/u;
/** A modal or plan right before a trigger: "could vote on", "is expected to visit", "would hold its first meeting". */
const MODAL_BEFORE =
  /(?:\b(?:could|would|will|may|might|should|shall|(?:plans?|planning|expected|due|set|hopes?|hoping|wants?|intends?|invitations?|invited|agreed)\s+to)\s+(?:(?:not|also|then|soon|hold|have|attend|host|make|pay)\s+){0,2}|\b(?:ready|prepared|willing|open)\s+(?:for|to)\s+(?:(?:new|fresh|more|further|direct|peace)\s+)?|\b(?:upcoming|planned|proposed|forthcoming|possible|potential|future)\s+(?:[\p{L}-]+\s+)?)(?:(?:a|an|its|their|his|her|the|first|new|further|another|next)\s+)*$/iu;
/** Triggers that are past-tense verbs ("voted", "vetoed", "met"), not nouns a determiner could point with. */
const FINITE_VERB = /^(?:[\p{L}-]+ed|met)$/iu;
/** "... at a summit", "during the talks": the gathering where the act just told took place. */
const AT_GATHERING = /\b(?:at|during)\s+(?:a|an|the|this|their|its)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** "meeting Biden on the sidelines": the side meeting's own setting follows its trigger closely. */
const SIDELINES = /^[^;,]{0,60}\bon\s+the\s+sidelines\b/i;
/** Between a date and its trigger in "Saturday's attack", "Tuesday's deadly air strike". */
const POSSESSIVE_DATE = /^['’]s\s+(?:[\p{L}-]+\s+){0,3}$/u;
const SPEECH_BETWEEN = new RegExp(String.raw`\b(?:${speechVerbAlternation('core')}|that)\b`);
/** "the chemical attack", "their first meeting"; not "The French ambassador was summoned" (a verb between). */
const DEFINITE =
  /\b(?:the|this|that|these|those|their|our|its|his|her|such)\s+(?:(?!(?:was|were|is|are|be|been|has|have|had|will|would|to|and|who|which)\b)[\p{L}-]+\s+){0,3}$/iu;

export function findEventMentions(layer: TextLayer, entities: EntityLayer, g: Gazetteer): EventMention[] {
  const out: EventMention[] = [];
  const { text } = layer.article;
  for (const sentence of layer.sentences) {
    const found = triggersIn(sentence);
    if (found.length === 0) continue;
    const dates = findDateExpressions(sentence, layer.article.publishedAt);
    const definites = found.map(
      (f) =>
        f.anaphor ||
        // "The Senate voted on Wednesday": a finite verb trigger tells the happening, it does not refer back.
        (!f.clausal &&
          !FINITE_VERB.test(f.text) &&
          DEFINITE.test(text.slice(Math.max(sentence.start, f.start - 40), f.start))) ||
        /^(?:the|this|their|our|its|his)\b/i.test(f.text),
    );
    const dateOwner = assignDates(dates, found, text, definites);
    // A possessive date belongs to its trigger only, not to a nearer one.
    dates.forEach((d, k) => {
      if (!POSSESSIVE_DATE.test(text.slice(d.end, d.end + 40))) return;
      const own = found.findIndex(
        (f) => f.start >= d.end && POSSESSIVE_DATE.test(text.slice(d.end, f.start)),
      );
      if (own >= 0) dateOwner[k] = own;
    });
    const mentions = entities.mentions.filter((m) => m.sentence === sentence.index);
    const relative = relativeAnchor(text, sentence, found);
    for (const [i, f] of found.entries()) {
      const before = text.slice(Math.max(sentence.start, f.start - 40), f.start);
      const definite = definites[i]!;
      // "the attack" in "X said Wednesday ... the attack" refers back; only a date right after it is its own.
      const owned = dates.filter(
        (d, k) =>
          dateOwner[k] === i &&
          (!definite || (d.start >= f.end && OWN_PHRASE.test(text.slice(f.end, d.start)))),
      );
      // "Saturday's attack on Majdal Shams": a possessive date is the trigger's own, whatever else is near.
      const possessive = dates.find(
        (d) => d.date && d.end <= f.start && POSSESSIVE_DATE.test(text.slice(d.end, f.start)),
      );
      if (possessive) owned.splice(0, owned.length, possessive);
      // "Two days after the veto, ambassadors met in Brussels": the veto only names the time; the sentence's
      // place and people are the other happening's.
      const isAnchor = relative?.anchor === f && dates.length === 0 && !FINITE_VERB.test(f.text);
      // "the Singapore agreement", "the Paris accord": a place in an agreement's name is where it was made.
      const namedAfter =
        f.type === 'AGREEMENT'
          ? mentions.find((m) => m.start >= f.start && m.end < f.end && isPlace(m.entityId, entities))
          : undefined;
      const locationId = isAnchor
        ? null
        : (namedAfter?.entityId ?? readLocation(text, sentence, f, mentions, entities, g));
      out.push({
        start: f.start,
        end: f.end,
        text: text.slice(f.start, f.end),
        sentence: sentence.index,
        type: f.type,
        anaphor: f.anaphor,
        definite,
        inQuote: insideQuote(layer.quotes, f.start) !== null,
        headline: sentence.start < layer.article.bodySpan.start,
        hypothetical: MODAL_BEFORE.test(before),
        sideline: f.type === 'MEETING' && SIDELINES.test(text.slice(f.end, sentence.end)),
        ...(f.remote ? { remote: true } : {}),
        date: owned.length ? (owned.find((d) => d.date)?.date ?? null) : undefined,
        locationId,
        settlement: settlementAt(text, sentence, locationId, mentions),
        days: spanDays(before),
        ...(relative && relative.anchor !== f && dates.length === 0
          ? { relative: { anchorStart: relative.anchor.start, days: relative.days } }
          : {}),
        participants: isAnchor
          ? new Map()
          : withFrontedSubject(
              text,
              sentence,
              f,
              mentions,
              entities,
              withoutPlace(readParticipants(text, sentence, f, mentions, entities, layer.quotes), namedAfter),
            ),
        ...readCasualties(text.slice(f.start, sentence.end), f.type),
      });
    }
    // "Hungary vetoed the proposal on Thursday at a summit in Brussels": the gathering an act happened at
    // was held that day.
    const here = out.slice(out.length - found.length);
    for (const [k, m] of here.entries()) {
      if (m.type !== 'MEETING' || m.date !== undefined || m.hypothetical || k === 0) continue;
      if (!AT_GATHERING.test(text.slice(Math.max(sentence.start, m.start - 30), m.start))) continue;
      const act = here[k - 1]!;
      if (act.date && !act.hypothetical && !SPEECH_BETWEEN.test(text.slice(act.end, m.start)))
        m.date = act.date;
    }
  }
  return out;
}

interface Found {
  type: EventMention['type'];
  start: number;
  end: number;
  text: string;
  anaphor: boolean;
  clausal: boolean;
  remote: boolean;
}

function triggersIn(sentence: Sentence): Found[] {
  const found: Found[] = [];
  for (const rule of COMPILED) {
    rule.re.lastIndex = 0;
    for (const m of sentence.text.matchAll(rule.re)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({
        type: rule.type,
        start,
        end,
        text: m[0],
        anaphor: !!rule.anaphor,
        clausal: !!rule.clausal,
        remote: !!rule.remote,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Each date expression belongs to the nearest trigger ("the incident on 4 March", "On April 4, a ... attack"). */
function assignDates(dates: DateExpression[], found: Found[], text: string, definite: boolean[]): number[] {
  return dates.map((d) => {
    let best = -1;
    let bestDistance = Infinity;
    found.forEach((f, i) => {
      // "met Rutte on Saturday, where the two leaders signed ...": a definite mention after the date refers back.
      if (definite[i] && d.end <= f.start) return;
      // "Putin said on Friday that the summit ...": a speech verb between them makes the date the speech's.
      const between = d.start >= f.end ? text.slice(f.end, d.start) : text.slice(d.end, f.start);
      // (Unless the trigger is where the speech was made: "On Monday, X told the BBC in an interview".)
      const spokenAt = f.type === 'INTERVIEW' || f.type === 'PRESS_CONFERENCE';
      if ((!spokenAt && SPEECH_BETWEEN.test(between)) || CLAUSE_BETWEEN.test(between)) return;
      const distance = d.start >= f.end ? d.start - f.end : f.start - d.end;
      if (distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    });
    return best;
  });
}

/** "A day after the vote, ...": the trigger a sentence's time is told from, and the offset in days. */
function relativeAnchor(
  text: string,
  sentence: Sentence,
  found: Found[],
): { anchor: Found; days: number } | null {
  for (const f of found) {
    const m = RELATIVE_TO_EVENT.exec(text.slice(Math.max(sentence.start, f.start - 60), f.start));
    if (!m) continue;
    const sign = capture(m, 4).toLowerCase() === 'before' ? -1 : 1;
    // "hours after" is the same day; "the day after" the next one.
    if (m[3]) return { anchor: f, days: /day/i.test(m[3]) ? sign : 0 };
    const count = /^\d+$/.test(capture(m, 1))
      ? Number(m[1])
      : capture(m, 1).toLowerCase() === 'a'
        ? 1
        : NUMBER_WORDS[capture(m, 1).toLowerCase()];
    if (!count) continue;
    const days = count * (/^week/i.test(capture(m, 2)) ? 7 : 1) * sign;
    return { anchor: f, days };
  }
  return null;
}

/** True when the event's place is described as a settlement in this sentence ("the town of Majdal Shams"). */
function settlementAt(
  text: string,
  sentence: Sentence,
  locationId: string | null,
  mentions: EntityLayer['mentions'],
): boolean {
  if (!locationId) return false;
  return mentions.some((m) => m.entityId === locationId && describedAsSettlement(text, sentence, m));
}

const SPAN_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
};

/** "the two-day meeting", "a three-day summit": the length the text gives a gathering. */
function spanDays(before: string): number | undefined {
  const m = /\b(two|three|four|five|[2-5])-day\s+(?:[\p{L}-]+\s+)?$/iu.exec(before);
  return m ? SPAN_WORDS[capture(m, 1).toLowerCase()] : undefined;
}

function isPlace(id: string, entities: EntityLayer): boolean {
  const type = entities.records.get(id)?.type;
  return type === 'Place' || type === 'Country';
}

/** The place an agreement is named after is where it was made, not a side to it. */
function withoutPlace<T>(
  participants: Map<string, T>,
  place: { entityId: string } | undefined,
): Map<string, T> {
  if (place) participants.delete(place.entityId);
  return participants;
}

/** "Addressing media after the summit, Trump said ...": the participle's doer is the main clause's subject. */
const FRONTED_PARTICIPLE = /^\p{L}+ing\b/u;

function withFrontedSubject<T>(
  text: string,
  sentence: Sentence,
  f: { start: number; end: number; text: string },
  mentions: EntityMention[],
  entities: EntityLayer,
  participants: Map<string, T | 'ATTENDEE'>,
): Map<string, T | 'ATTENDEE'> {
  if (participants.size > 0 || !FRONTED_PARTICIPLE.test(f.text)) return participants;
  if (!/^[\s"“]*$/.test(text.slice(sentence.start, f.start))) return participants;
  const comma = text.indexOf(',', f.end);
  if (comma < 0 || comma >= sentence.end) return participants;
  // "French President Marc Dubois": the person whose role phrase opens the clause, not the demonym in it.
  const opening = mentions.filter(
    (m) => m.start > comma && /^[\s,]*$/.test(text.slice(comma, m.phrase?.start ?? m.start)),
  );
  const typeOf = (m: EntityMention) => entities.records.get(m.entityId)?.type;
  const subject =
    opening.find((m) => typeOf(m) === 'Person') ??
    opening.find((m) => typeOf(m) === 'Organization' || typeOf(m) === 'Country');
  if (subject) participants.set(subject.entityId, 'ATTENDEE');
  return participants;
}
