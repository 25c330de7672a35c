// Within-article event coreference: mentions of the same happening become one event unless they contradict.

import type { EventType, ParticipantRole } from '../../model/extraction.ts';
import type { Gazetteer } from '../gazetteer/gazetteer-types.ts';
import type { EntityLayer } from '../types.ts';
import type { EventMention } from './event-mention.ts';

export interface EventCluster {
  type: EventType;
  mentions: EventMention[];
  date: string | null;
  /** True once some mention gave a time, even a dayless one ("last week"). */
  dated: boolean;
  locationId: string | null;
  /** The location came from a mention describing it as a settlement: the most specific place told. */
  settled?: boolean;
  participants: Map<string, ParticipantRole>;
  killed: number | null;
  injured: number | null;
  /** The counts so far are words ("kills dozens" in a headline); a later figure replaces them. */
  vague: boolean;
}

/** Types whose undated mentions in one article tell of one act, whoever they name around it. */
const SINGLE_ACT_TYPES = new Set<EventType>(['VOTE']);

export function clusterEvents(mentions: EventMention[], entities: EntityLayer, g: Gazetteer): EventCluster[] {
  const first = clusterOnce(mentions, entities, g);
  // "A day after the vote": once the anchor's happening is dated, the mention told from it is too
  // (a dated copy: the mention layer itself is left as it was).
  const dated = mentions.map((m) => {
    const relative = m.relative;
    if (!relative || m.date) return m;
    const anchor = first.find((c) => c.mentions.some((x) => x.start === relative.anchorStart));
    if (!anchor?.date) return m;
    return {
      ...m,
      date: new Date(Date.parse(anchor.date) + relative.days * 86400000).toISOString().slice(0, 10),
    };
  });
  return dated.some((m, i) => m !== mentions[i]) ? clusterOnce(dated, entities, g) : first;
}

/** A copy a later step may refine without changing the layer it was given. */
export function copyClusters(clusters: readonly EventCluster[]): EventCluster[] {
  return clusters.map((c) => ({ ...c, mentions: [...c.mentions], participants: new Map(c.participants) }));
}

function clusterOnce(mentions: EventMention[], entities: EntityLayer, g: Gazetteer): EventCluster[] {
  const clusters: EventCluster[] = [];
  for (const m of mentions) {
    if (m.hypothetical) continue; // a planned or possible happening is not (yet) an event
    const candidates = clusters.filter((c) => c.type === m.type);
    const fitting = candidates.reverse().filter((c) => compatible(c, m, entities, g));
    // "the summit" goes back to the happening called a summit before, not to a later "met".
    const word = m.text.toLowerCase();
    const target =
      (m.definite ? fitting.find((c) => c.mentions.some((x) => x.text.toLowerCase() === word)) : undefined) ??
      fitting[0];
    if (target) merge(target, m, g);
    else if (!m.anaphor) clusters.push(start(m, g));
  }
  return clusters;
}

function compatible(c: EventCluster, m: EventMention, entities: EntityLayer, g: Gazetteer): boolean {
  if (m.date && c.date && m.date !== c.date && !withinSpan(c, m)) return false;
  // "Two days after the veto, ambassadors met": told as later than another happening, it is its own event.
  if (m.relative && !m.definite && m.date !== c.date) return false;
  if (!!m.sideline !== c.mentions.some((x) => !!x.sideline)) return false;
  if (!!m.remote !== c.mentions.some((x) => !!x.remote)) return false;
  if (!sameOrInside(c.locationId, m.locationId, g)) return false;
  if (rolesConflict(c.participants, m.participants)) return false;
  if (m.definite || m.anaphor) return true;
  // The headline tells the lead's event in short: "Putin and Zelensky agree ... at Paris summit".
  if (c.mentions.every((x) => x.headline)) return true;
  // A new mention that names other sides ("Russia and Ukraine held talks") is another event.
  // (A vote is one act of one body: the states that drafted or backed a text are not another vote.)
  if (
    // (Nor is an undated "Senate vote" in the lead another vote than "The Senate voted on Wednesday".)
    !(SINGLE_ACT_TYPES.has(m.type) && (m.date === undefined || !c.dated)) &&
    disjointSides(c.participants, m.participants)
  )
    return false;
  const people = (p: Map<string, ParticipantRole>) =>
    [...p.keys()].filter((id) => entities.records.get(id)?.type === 'Person');
  const a = people(c.participants);
  const b = people(m.participants);
  if (a.length === 0 || b.length === 0) return true;
  return b.every((id) => a.includes(id)) || a.every((id) => b.includes(id));
}

/** "the two-day meeting on Saturday" and "the summit on Sunday": days of one gathering. */
function withinSpan(c: EventCluster, m: EventMention): boolean {
  if (!m.date || !c.date || (m.type !== 'MEETING' && m.type !== 'VOTE')) return false;
  const days = Math.max(m.days ?? 1, ...c.mentions.map((x) => x.days ?? 1));
  return Math.abs(Date.parse(m.date) - Date.parse(c.date)) / 86400000 < days;
}

/** Both name who took part and no one is on both lists: Iran and France meeting is not Russia and Ukraine. */
function disjointSides(a: Map<string, ParticipantRole>, b: Map<string, ParticipantRole>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const id of b.keys()) if (a.has(id)) return false;
  return true;
}

/** Two places agree when equal, when either is missing, or when one lies in the other's country. */
function sameOrInside(a: string | null, b: string | null, g: Gazetteer): boolean {
  if (!a || !b || a === b) return true;
  const countryOf = (id: string) => (isCountry(id, g) ? id : (g.entities.get(id)?.inCountry ?? null));
  // A place the gazetteer cannot locate ("Nineveh province") contradicts no country.
  if (countryOf(a) === null || countryOf(b) === null) return true;
  if (isCountry(a, g) || isCountry(b, g)) return countryOf(a) === countryOf(b);
  return countryOf(a) !== null && countryOf(a) === countryOf(b);
}

/** Russia expelling British diplomats and Britain expelling Russian ones are two events. */
function rolesConflict(a: Map<string, ParticipantRole>, b: Map<string, ParticipantRole>): boolean {
  for (const [id, role] of b) {
    const other = a.get(id);
    if ((role === 'PERPETRATOR' && other === 'TARGET') || (role === 'TARGET' && other === 'PERPETRATOR'))
      return true;
  }
  return false;
}

function start(m: EventMention, g: Gazetteer): EventCluster {
  const c: EventCluster = {
    type: m.type,
    mentions: [],
    date: null,
    dated: false,
    locationId: null,
    participants: new Map(),
    killed: null,
    injured: null,
    vague: false,
  };
  merge(c, m, g);
  return c;
}

/** True when `inner` lies (directly or not) inside `outer`: Anchorage inside Alaska inside the United States. */
export function liesWithin(inner: string, outer: string, g: Gazetteer): boolean {
  let up = g.entities.get(inner)?.within ?? g.entities.get(inner)?.inCountry ?? null;
  for (let depth = 0; up && depth < 6; depth++) {
    if (up === outer) return true;
    up = g.entities.get(up)?.within ?? g.entities.get(up)?.inCountry ?? null;
  }
  return false;
}

function merge(c: EventCluster, m: EventMention, g: Gazetteer) {
  c.mentions.push(m);
  if (m.date !== undefined && !c.dated) {
    c.date = m.date;
    c.dated = true;
  } else if (m.date && !c.date) c.date = m.date;
  // A gathering over several days is dated by its first day.
  else if (m.date && c.date && m.date < c.date && withinSpan(c, m)) c.date = m.date;
  const moreSpecific = !!c.locationId && !!m.locationId && liesWithin(m.locationId, c.locationId, g);
  if (
    m.locationId &&
    (!c.locationId ||
      moreSpecific ||
      (m.settlement && !c.settled) ||
      (isCountry(c.locationId, g) && !isCountry(m.locationId, g)))
  ) {
    c.locationId = m.locationId;
    if (m.settlement) c.settled = true;
  }
  for (const [id, role] of m.participants)
    if (!c.participants.has(id) || role !== 'PARTICIPANT') c.participants.set(id, role);
  const better = c.vague && !m.vague && (m.killed !== null || m.injured !== null);
  if (better) {
    c.killed = m.killed ?? c.killed;
    c.injured = m.injured ?? c.injured;
    c.vague = false;
  } else if (c.killed === null && c.injured === null) c.vague = m.vague;
  c.killed ??= m.killed;
  c.injured ??= m.injured;
}

/** Locations are ids of gazetteer entries or of places the text names; only the gazetteer knows states. */
function isCountry(id: string, g: Gazetteer): boolean {
  return g.entities.get(id)?.type === 'Country';
}
