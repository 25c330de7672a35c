// Resolves speaker references in text order: pronouns to the nearest compatible named speaker, continuations to the last.

import {
  FEMALE_FIRST_NAMES,
  FEMALE_HONORIFICS,
  FEMALE_TITLE,
  MALE_FIRST_NAMES,
  MALE_HONORIFICS,
  MALE_TITLE,
} from '../lexicon/gender.ts';
import { BODY_NOUNS } from '../lexicon/speaker-nouns.ts';
import { typeOfId } from '../entities/entity-registry.ts';
import type { Gazetteer } from '../gazetteer/gazetteer-types.ts';
import type { EntityLayer } from '../types.ts';
import type { ClaimCandidate } from './claim-candidate.ts';

/** Nouns for a non-state body: "the group said" refers back to the latest organization. */
const GROUP_HEAD = new Set(BODY_NOUNS);

/** Words in the names of bodies a descriptive noun fits: "the watchdog" is an agency, not a board or a council. */
const GROUP_NAME_WORDS: Record<string, RegExp> = {
  watchdog: /\b(?:agency|organi[sz]ation|commission|authority|inspectorate)\b/i,
  bloc: /\b(?:union|association|community|cooperation)\b/i,
  alliance: /\b(?:alliance|treaty organi[sz]ation)\b/i,
};

/** "the minister" -> the latest person holding such a title; "the ministry" -> the latest ministry named. */
function resolveNominal(
  noun: string,
  owner: string | undefined,
  before: number,
  entities: EntityLayer,
  g: Gazetteer,
  lastPerson: string | null,
  lastGroup: string | null,
  cataphoric = false,
  sentence = -1,
): string | null {
  const head = noun.split(/\s+/).pop()!;
  const isState = (id: string | null | undefined) => typeOfId(id, entities.records, g) === 'Country';
  /** "The head of the nuclear watchdog said ... Rafael Grossi told ...": a person who opens the next sentence. */
  const nextSubject = () => {
    for (const next of [sentence + 1, sentence + 2]) {
      const first = entities.mentions.find((m) => m.sentence === next && m.entityType !== 'Place');
      if (!first) continue;
      const person = entities.records.get(first.entityId);
      if (person?.type !== 'Person') return null;
      // Not someone who holds an office of another state ("Russian President Vladimir Putin").
      const elsewhere = isState(owner) && person.roles.some((r) => isState(r.ofId) && r.ofId !== owner);
      return elsewhere && !person.roles.some((r) => r.ofId === owner) ? null : first.entityId;
    }
    return null;
  };
  const earlier = entities.mentions.filter((m) => m.end <= before).reverse();
  const record = (id: string) => entities.records.get(id);
  if (owner) {
    const ownerRecord = record(owner);
    // "Maduro's government": the state the named leader holds office in.
    if (ownerRecord?.type === 'Person') return ownerRecord.roles.find((r) => isState(r.ofId))?.ofId ?? null;
    // "the AU spokesman": a named spokesman of that body, else the body itself.
    // "the Greek leader": any office holder of that state; "the AU spokesman": a spokesman of that body.
    const generic = /^(?:leader|chief|head)$/.test(head);
    const holds = (id: string) =>
      record(id)?.roles.some((r) => r.ofId === owner && (generic || r.title.toLowerCase().includes(head)));
    const holder = earlier.find((m) => holds(m.entityId));
    if (holder) return holder.entityId;
    // "IAEA chief says ...", then "Rafael Grossi, director general of the IAEA, ...": the holder named later.
    if (cataphoric) {
      const later = entities.mentions.find((m) => m.start >= before && holds(m.entityId));
      return later?.entityId ?? nextSubject() ?? owner;
    }
    return owner;
  }
  if (cataphoric) return nextSubject() ?? lastPerson;
  if (GROUP_HEAD.has(head)) {
    if (lastGroup && record(lastGroup)?.type === 'Organization') return lastGroup;
    const orgs = earlier.filter((m) => record(m.entityId)?.type === 'Organization');
    // "the agency" -> the International Atomic Energy Agency; else the body named last.
    const kind = GROUP_NAME_WORDS[head] ?? new RegExp(`\\b${head}\\b`, 'i');
    const named = orgs.find((m) => kind.test(record(m.entityId)!.name));
    return (named ?? orgs[0])?.entityId ?? null;
  }
  if (/^(?:ministry|department)$/.test(head)) {
    const organ = earlier.find(
      (m) =>
        record(m.entityId)?.type === 'Organization' && /ministry|department/i.test(record(m.entityId)!.name),
    );
    return organ?.entityId ?? null;
  }
  if (head === 'government') {
    if (isState(lastGroup)) return lastGroup;
    return earlier.find((m) => record(m.entityId)?.type === 'Country')?.entityId ?? null;
  }
  const holder = earlier.find((m) =>
    record(m.entityId)?.roles.some((r) => r.title.toLowerCase().includes(head)),
  );
  if (holder) return holder.entityId;
  // "said a government spokesman" with no spokesman named: the body or state last named speaks through them.
  if (/^spokes(?:man|woman|person)$/.test(head) && !lastPerson) {
    const body = earlier.find(
      (m) => m.kind !== 'demonym' && (m.entityType === 'Organization' || m.entityType === 'Country'),
    );
    return lastGroup ?? body?.entityId ?? null;
  }
  return head === 'official' || head === 'diplomat' ? null : lastPerson;
}

export function resolveSpeakers(
  candidates: ClaimCandidate[],
  entities: EntityLayer,
  g: Gazetteer,
  text = '',
): (string | null)[] {
  const typeOf = (id: string | null) => (id ? entities.records.get(id)?.type : undefined);
  let last: string | null = null;
  let lastPerson: string | null = null;
  let lastGroup: string | null = null;
  let lastSentence = -1;
  let lastSpeaker: string | null = null;
  /** Persons already referred to as "he" or "she". */
  const gender = new Map<string, string>();
  const cued = new Map<string, string | null>();
  /** "he"/"she" for a person: as the text already called them, else by honorific, title or first name. */
  const genderOf = (id: string): string | null => {
    if (gender.has(id)) return gender.get(id)!;
    if (!cued.has(id)) cued.set(id, lexicalGender(id, entities, text));
    return cued.get(id)!;
  };
  // With no earlier speaker, the subject (first mention) of the nearest preceding sentence that names one.
  const nearestMention = (before: number, person: boolean) => {
    const fits = (id: string) => {
      const type = typeOf(id);
      return person ? type === 'Person' : type === 'Organization' || type === 'Country';
    };
    const earlier = entities.mentions.filter((m) => m.end <= before && fits(m.entityId));
    const last = earlier.at(-1);
    if (!last) return null;
    return earlier.find((m) => m.sentence === last.sentence)!.entityId;
  };
  const sameSentenceGroup = (c: ClaimCandidate) => {
    const fits = (id: string) => typeOf(id) === 'Organization' || typeOf(id) === 'Country';
    return (
      entities.mentions.findLast(
        (m) =>
          m.sentence === c.sentence &&
          m.end <= c.span.start &&
          // "It said Cairo had ...": only a body named before the pronoun itself.
          (!text || /\bit\b/i.test(text.slice(m.end, c.span.start))) &&
          m.kind !== 'demonym' &&
          fits(m.entityId),
      )?.entityId ?? null
    );
  };
  /**
   * The first mention of a fitting kind in a sentence after the last claim's (or in it, when that claim had
   * no speaker of this kind: "Sisi met Blinken, officials said. He has warned ...").
   */
  const subjectSince = (c: ClaimCandidate, fits: (id: string) => boolean) =>
    entities.mentions.findLast(
      (m) =>
        m.end <= c.span.start &&
        (m.sentence > lastSentence || (m.sentence === lastSentence && !(lastSpeaker && fits(lastSpeaker)))) &&
        m.sentence < c.sentence &&
        m.kind !== 'demonym' &&
        m.entityType !== 'Place' &&
        fits(m.entityId) &&
        entities.mentions.find(
          (o) => o.sentence === m.sentence && fits(o.entityId) && o.entityType !== 'Place',
        ) === m,
    );
  return candidates.map((c) => {
    let id: string | null = null;
    const ref = c.speaker;
    if (ref.kind === 'entity') id = ref.id;
    else if (ref.kind === 'previous') id = last;
    else if (ref.kind === 'pronoun') {
      if (ref.word === 'he' || ref.word === 'she') {
        id = lastPerson ?? nearestMention(c.span.start, true);
        // "Faki said ... Kenyan President William Ruto also addressed the summit. He called for ...": a person
        // who is the subject of a sentence since the last claim is nearer than the last speaker.
        const subject = subjectSince(c, (id) => typeOf(id) === 'Person');
        if (subject && (genderOf(subject.entityId) ?? ref.word) === ref.word) id = subject.entityId;
        // "Ruto ... he told delegates. Nyanti struck a cautious tone. She said ...": a person already called
        // "he" is not "she"; take the nearest earlier person not known by the other pronoun.
        if (id && genderOf(id) && genderOf(id) !== ref.word) {
          const other = entities.mentions.findLast(
            (m) =>
              m.end <= c.span.start &&
              typeOf(m.entityId) === 'Person' &&
              (genderOf(m.entityId) ?? ref.word) === ref.word,
          );
          id = other?.entityId ?? id;
        }
        // "Baerbock met Lavrov ... Lavrov said ... She said": a "she" with no cue goes to a woman named earlier.
        else if (id && ref.word === 'she' && !genderOf(id)) {
          const woman = entities.mentions.findLast(
            (m) => m.end <= c.span.start && typeOf(m.entityId) === 'Person' && genderOf(m.entityId) === 'she',
          );
          id = woman?.entityId ?? id;
        }
        if (id) gender.set(id, ref.word);
      }
      // "Manila released video it said showed ...": a body or state named earlier in the same sentence.
      else if (ref.word === 'it')
        id =
          sameSentenceGroup(c) ??
          // "Ethiopia's foreign ministry hit back. It said ...": a body that is a sentence subject since the last claim.
          subjectSince(c, (t) => typeOf(t) === 'Organization' || typeOf(t) === 'Country')?.entityId ??
          lastGroup ??
          nearestMention(c.span.start, false);
      // "The foreign ministry said ... They added": a plural speaker is the body or state just named.
      else if (ref.word === 'they' || ref.word === 'we') id = nearestMention(c.span.start, false);
      else id = null;
    } else if (ref.kind === 'nominal')
      id = resolveNominal(
        ref.noun,
        ref.owner,
        c.span.start,
        entities,
        g,
        lastPerson,
        lastGroup,
        ref.cataphoric,
        c.sentence,
      );
    if (id) {
      last = id;
      if (typeOf(id) === 'Person') lastPerson = id;
      else lastGroup = id;
    }
    lastSentence = c.sentence;
    lastSpeaker = id;
    return id;
  });
}

/** The pronoun a person takes by the cues around their name, or null when nothing tells. */
function lexicalGender(id: string, entities: EntityLayer, text: string): string | null {
  const record = entities.records.get(id);
  if (!record) return null;
  for (const m of entities.mentions) {
    if (m.entityId !== id) continue;
    // The honorific may stand before the mention or open it ("Ms Carla Ruiz").
    const opening = /^\S+\s+/.exec(text.slice(m.start, m.end))?.[0] ?? '';
    for (const before of [text.slice(Math.max(0, m.start - 12), m.start), opening]) {
      if (FEMALE_HONORIFICS.test(before)) return 'she';
      if (MALE_HONORIFICS.test(before)) return 'he';
    }
  }
  for (const role of record.roles) {
    if (FEMALE_TITLE.test(role.title)) return 'she';
    if (MALE_TITLE.test(role.title)) return 'he';
  }
  const first = record.name.split(/\s+/)[0]!;
  if (record.name.includes(' ') && FEMALE_FIRST_NAMES.has(first)) return 'she';
  if (record.name.includes(' ') && MALE_FIRST_NAMES.has(first)) return 'he';
  return null;
}
