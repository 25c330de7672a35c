// Resolves speaker references in text order: pronouns to the nearest compatible named speaker, continuations to the last.

import type { EntityLayer } from '../types.ts';
import type { ClaimCandidate } from './claim-candidate.ts';

/** Nouns for a non-state body: "the group said" refers back to the latest organization. */
const GROUP_HEAD = /^(?:group|movement|militia|organi[sz]ation|bloc|agency|watchdog|body|alliance)$/;

/** "the minister" -> the latest person holding such a title; "the ministry" -> the latest ministry named. */
function resolveNominal(
  noun: string,
  owner: string | undefined,
  before: number,
  entities: EntityLayer,
  lastPerson: string | null,
  lastGroup: string | null,
): string | null {
  const head = noun.split(/\s+/).pop()!;
  const earlier = entities.mentions.filter((m) => m.end <= before).reverse();
  const record = (id: string) => entities.records.get(id);
  if (owner) {
    const ownerRecord = record(owner);
    // "Maduro's government": the state the named leader holds office in.
    if (ownerRecord?.type === 'Person')
      return ownerRecord.roles.find((r) => r.ofId?.startsWith('country:'))?.ofId ?? null;
    // "the AU spokesman": a named spokesman of that body, else the body itself.
    // "the Greek leader": any office holder of that state; "the AU spokesman": a spokesman of that body.
    const generic = /^(?:leader|chief|head)$/.test(head);
    const holder = earlier.find((m) =>
      record(m.entityId)?.roles.some(
        (r) => r.ofId === owner && (generic || r.title.toLowerCase().includes(head)),
      ),
    );
    return holder?.entityId ?? owner;
  }
  if (GROUP_HEAD.test(head)) {
    if (lastGroup && record(lastGroup)?.type === 'Organization') return lastGroup;
    const orgs = earlier.filter((m) => record(m.entityId)?.type === 'Organization');
    // "the agency" -> the International Atomic Energy Agency; else the body named last.
    const named = orgs.find((m) => new RegExp(`\\b${head}\\b`, 'i').test(record(m.entityId)!.name));
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
    if (lastGroup?.startsWith('country:')) return lastGroup;
    return earlier.find((m) => record(m.entityId)?.type === 'Country')?.entityId ?? null;
  }
  const holder = earlier.find((m) =>
    record(m.entityId)?.roles.some((r) => r.title.toLowerCase().includes(head)),
  );
  if (holder) return holder.entityId;
  return head === 'official' || head === 'diplomat' ? null : lastPerson;
}

export function resolveSpeakers(
  candidates: ClaimCandidate[],
  entities: EntityLayer,
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
        !m.entityId.startsWith('place:') &&
        fits(m.entityId) &&
        entities.mentions.find(
          (o) => o.sentence === m.sentence && fits(o.entityId) && !o.entityId.startsWith('place:'),
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
        if (subject && (gender.get(subject.entityId) ?? ref.word) === ref.word) id = subject.entityId;
        // "Ruto ... he told delegates. Nyanti struck a cautious tone. She said ...": a person already called
        // "he" is not "she"; take the nearest earlier person not known by the other pronoun.
        if (id && gender.has(id) && gender.get(id) !== ref.word) {
          const other = entities.mentions.findLast(
            (m) =>
              m.end <= c.span.start &&
              typeOf(m.entityId) === 'Person' &&
              (gender.get(m.entityId) ?? ref.word) === ref.word,
          );
          id = other?.entityId ?? id;
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
      id = resolveNominal(ref.noun, ref.owner, c.span.start, entities, lastPerson, lastGroup);
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
