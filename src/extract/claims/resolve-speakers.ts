// Resolves speaker references in text order: pronouns to the nearest compatible named speaker, continuations to the last.

import type { EntityLayer } from '../types.ts';
import type { ClaimCandidate } from './claim-candidate.ts';

/** "the minister" -> the latest person holding such a title; "the ministry" -> the latest ministry named. */
function resolveNominal(
  noun: string,
  before: number,
  entities: EntityLayer,
  lastPerson: string | null,
  lastGroup: string | null,
): string | null {
  const head = noun.split(/\s+/).pop()!;
  const earlier = entities.mentions.filter((m) => m.end <= before).reverse();
  const record = (id: string) => entities.records.get(id);
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

export function resolveSpeakers(candidates: ClaimCandidate[], entities: EntityLayer): (string | null)[] {
  const typeOf = (id: string | null) => (id ? entities.records.get(id)?.type : undefined);
  let last: string | null = null;
  let lastPerson: string | null = null;
  let lastGroup: string | null = null;
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
        (m) => m.sentence === c.sentence && m.end <= c.span.start && m.kind !== 'demonym' && fits(m.entityId),
      )?.entityId ?? null
    );
  };
  return candidates.map((c) => {
    let id: string | null = null;
    const ref = c.speaker;
    if (ref.kind === 'entity') id = ref.id;
    else if (ref.kind === 'previous') id = last;
    else if (ref.kind === 'pronoun') {
      if (ref.word === 'he' || ref.word === 'she') id = lastPerson ?? nearestMention(c.span.start, true);
      // "Manila released video it said showed ...": a body or state named earlier in the same sentence.
      else if (ref.word === 'it')
        id = sameSentenceGroup(c) ?? lastGroup ?? nearestMention(c.span.start, false);
      // "The foreign ministry said ... They added": a plural speaker is the body or state just named.
      else if (ref.word === 'they' || ref.word === 'we') id = nearestMention(c.span.start, false);
      else id = null;
    } else if (ref.kind === 'nominal')
      id = resolveNominal(ref.noun, c.span.start, entities, lastPerson, lastGroup);
    if (id) {
      last = id;
      if (typeOf(id) === 'Person') lastPerson = id;
      else lastGroup = id;
    }
    return id;
  });
}
