// Article-level defaults for events their own sentences leave open: the dateline or host city as the place of
// the day's meetings, the news day as the date of the lead event and of undated news conferences.

import type { Gazetteer } from '../gazetteer/gazetteer-types.ts';
import type { EntityLayer, EntityMention, TextLayer } from '../types.ts';
import { copyClusters, type EventCluster } from './cluster-events.ts';
import { findDateExpressions } from './find-date-expressions.ts';
import { dropRepresentedStates, statesOf } from './read-participants.ts';
import { typeOfId } from '../entities/entity-registry.ts';

/** Events that happen on one day, so the day the article reports is a fair default for them. */
const DAY_EVENTS = new Set([
  'MEETING',
  'PRESS_CONFERENCE',
  'INTERVIEW',
  'AGREEMENT',
  'VOTE',
  'SANCTION',
  'EXPULSION',
  'ATTACK',
  'MILITARY_STRIKE',
]);
/** What happens where the reporter is: the dateline city is their place unless the text names another. */
const GATHERINGS = new Set(['MEETING', 'PRESS_CONFERENCE', 'VOTE']);
/** A lead with no day in it that still reports today's news: "Russia is to expel ...", "China has agreed ...". */
const PRESENT_LEAD = /\b(?:is|are|has|have)\s+(?:to\s+|now\s+|just\s+)?[\p{L}]+/u;
/** What follows a dateline's place: an optional date or credit, then a colon or a dash. */
const DATELINE_TAIL = /^(?:,\s*[\p{L}\p{N} .]{1,25})?\s*(?:\([^)\n]{1,40}\))?\s*[:—–-]/u;
/** "A greeted B", "A welcomed B", "A hosted B", "A received B": A is at home. */
const HOST_VERB =
  /^\s+(?:had\s+|has\s+|have\s+)?(?:greeted|welcomed|hosted|received)\s+(?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?$/;
/** "A gave B a warm welcome", "A delivered a hostile reception to B". */
const HOST_GAVE =
  /^\s+(?:had\s+)?(?:gave|gives|delivered|offered|extended|accorded)\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,3}(?:welcome|reception)\s+(?:to|for)\s+(?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?$/u;
const ARRIVED = /^\s+(?:has\s+|had\s+)?(?:arrived|landed)\s+in\s+$/;
const GAVE_WELCOME = /^\s+(?:had\s+)?(?:gave|gives|offered|extended)\s+$/;
const WELCOME_AFTER = /^\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,3}(?:welcome|reception)\b/u;

export function fillFromArticle(
  layer: TextLayer,
  entities: EntityLayer,
  given: readonly EventCluster[],
  g: Gazetteer,
): EventCluster[] {
  const clusters = copyClusters(given);
  const body = layer.article.bodySpan.start;
  // "MOSCOW —", "GENEVA —", "ANCHORAGE, Alaska —": a place named where the body starts.
  const dateline = entities.mentions.find(
    (m) =>
      m.start === body &&
      (m.kind === 'city' ||
        m.entityType === 'Place' ||
        // "Singapore, June 12:", "Seoul:": a city-state or capital named as a dateline before a colon or dash.
        (m.entityType === 'Country' && DATELINE_TAIL.test(layer.article.text.slice(m.end, m.end + 40)))),
  );
  const host = dateline ? null : findHost(layer, entities, g);
  const newsDay = readNewsDay(layer);
  const published = layer.article.publishedAt;
  const lead = layer.sentences.find((s) => s.start >= body);
  for (const c of clusters) {
    if (c.type === 'MEETING' || c.type === 'PRESS_CONFERENCE' || c.type === 'INTERVIEW')
      dropRepresentedStates(c.participants, entities, g);
  }
  for (const c of clusters) {
    if (!c.dated && DAY_EVENTS.has(c.type)) {
      // The lead's event happened on the day the lead reports.
      const inLead = lead && c.mentions.some((m) => m.sentence === lead.index && !m.inQuote && !m.definite);
      const leadDay = newsDay ?? (lead && PRESENT_LEAD.test(lead.text) ? published : null);
      if (inLead && leadDay) c.date = leadDay;
      else if (c.type === 'PRESS_CONFERENCE') c.date = sameAttendeesDate(c, clusters, entities) ?? newsDay;
      else if (c.type === 'AGREEMENT') c.date = sameSidesDate(c, clusters, entities, g);
    }
    const sameDay = c.date === null || c.date === published || c.date === newsDay;
    if (!c.locationId && sameDay && GATHERINGS.has(c.type)) {
      if (dateline) c.locationId = dateline.entityId;
      else if (host && attends(c, host.countryId, host.people, entities)) c.locationId = host.placeId;
    }
    if (!c.locationId && ['EXPULSION', 'SANCTION', 'CONFLICT', 'ELECTION_INTERFERENCE'].includes(c.type)) {
      // An expulsion happens in the expelling state; a war where it is fought; meddling where the vote was.
      const role = c.type === 'CONFLICT' || c.type === 'ELECTION_INTERFERENCE' ? 'TARGET' : 'PERPETRATOR';
      const states = [...c.participants].filter(([id]) => typeOfId(id, entities.records, g) === 'Country');
      const state = states.find(([, r]) => r === role) ?? (c.type === 'CONFLICT' ? states[0] : undefined);
      if (state) c.locationId = state[0];
    }
    if (c.type === 'ATTACK' && typeOfId(c.locationId, entities.records, g) === 'Country') {
      // The most specific place: a town in that country the article names ("in Salisbury, Wiltshire").
      const town = entities.mentions.find(
        (m) =>
          g.entities.get(m.entityId)?.inCountry === c.locationId &&
          g.entities.get(m.entityId)?.type === 'Place',
      );
      if (town) c.locationId = town.entityId;
    }
  }
  datePrecedingHappenings(layer, clusters);
  return clusters;
}

/** "Abe told reporters after a phone call with Trump": a happening told as just before a dated one, undated. */
const JUST_BEFORE = /\bafter\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}$/u;

/** The happening right before a dated one in the same sentence ("after a phone call") took place that day. */
function datePrecedingHappenings(layer: TextLayer, clusters: EventCluster[]) {
  const { text } = layer.article;
  for (const c of clusters) {
    if (c.dated || c.date || !DAY_EVENTS.has(c.type)) continue;
    for (const m of c.mentions) {
      if (m.inQuote || !JUST_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
      const dated = clusters.find(
        (o) => o !== c && o.date && o.mentions.some((x) => x.sentence === m.sentence && x.end <= m.start),
      );
      if (dated?.date) {
        c.date = dated.date;
        break;
      }
    }
  }
}

/**
 * The day the article reports: the first day named in its lead sentence ("said on Wednesday"), when it is
 * within a week before publication.
 */
function readNewsDay(layer: TextLayer): string | null {
  const published = layer.article.publishedAt;
  const lead = layer.sentences.find((s) => s.start >= layer.article.bodySpan.start);
  if (!published || !lead) return null;
  const day = findDateExpressions(lead, published).find((d) => d.date)?.date ?? null;
  if (!day) return null;
  const back = (Date.parse(published) - Date.parse(day)) / 86400000;
  return back >= 0 && back <= 7 ? day : null;
}

/** A news conference of the same people as a dated meeting is held that day ("after their talks"). */
function sameAttendeesDate(c: EventCluster, clusters: EventCluster[], entities: EntityLayer): string | null {
  const people = [...c.participants.keys()].filter((id) => typeOfId(id, entities.records) === 'Person');
  const meeting = clusters.find(
    (o) =>
      o.type === 'MEETING' &&
      o.date &&
      people.filter((id) => o.participants.has(id)).length >= Math.min(2, people.length) &&
      people.length > 0,
  );
  return meeting?.date ?? null;
}

/**
 * An agreement between sides that met on a given day was reached at that meeting ("the two countries had
 * agreed to ...", "Putin and Zelensky agreed to ..."), when all the article's dated meetings of those sides fall
 * on one day. A party is at a meeting when it is listed there or one of its office holders is.
 */
function sameSidesDate(
  c: EventCluster,
  clusters: EventCluster[],
  entities: EntityLayer,
  g: Gazetteer,
): string | null {
  const parties = [...c.participants.keys()];
  if (parties.length < 2) return null;
  const sidesOf = (ids: Iterable<string>) => {
    const out = new Set<string>();
    for (const id of ids) {
      out.add(id);
      for (const state of statesOf(id, entities, g)) out.add(state);
    }
    return out;
  };
  const days = new Set(
    clusters
      .filter((o) => o.type === 'MEETING' && o.date)
      .filter((o) => {
        const met = sidesOf(o.participants.keys());
        return parties.every((id) => met.has(id) || statesOf(id, entities, g).some((s) => met.has(s)));
      })
      .map((o) => o.date),
  );
  return days.size === 1 ? [...days][0]! : null;
}

interface Host {
  countryId: string;
  placeId: string;
  /** The host's people and the guests named in the welcome. */
  people: Set<string>;
}

/**
 * A visit with no dateline: "Lavrov greeted Tillerson", "Moscow delivered a hostile reception to Mr Tillerson"
 * say the talks were on the host's ground, which defaults to the host's capital; "Blinken arrived in Kyiv" names
 * the city. Two different hosts or cities: none.
 */
function findHost(layer: TextLayer, entities: EntityLayer, g: Gazetteer): Host | null {
  const { text } = layer.article;
  let found: Host | null = null;
  for (const sentence of layer.sentences) {
    const ms = entities.mentions.filter((m) => m.sentence === sentence.index);
    for (const [i, a] of ms.entries()) {
      const b = ms[i + 1];
      if (!b) continue;
      // "Blinken arrived in Kyiv": the visitor's talks that day are in that city.
      const arrival = ARRIVED.test(text.slice(a.end, b.start)) && !inQuote(layer, a);
      const city = g.entities.get(b.entityId);
      if (arrival && isGuest(entities, a) && city?.type === 'Place' && city.inCountry) {
        if (found && found.placeId !== b.entityId) return null;
        found ??= { countryId: city.inCountry, placeId: b.entityId, people: new Set() };
        found.people.add(a.entityId);
        continue;
      }
      if (!isGuest(entities, b)) continue;
      const between = text.slice(a.end, b.start);
      const hosting =
        HOST_VERB.test(between) ||
        HOST_GAVE.test(between) ||
        (GAVE_WELCOME.test(between) && WELCOME_AFTER.test(text.slice(b.end, b.end + 40)));
      if (!hosting || inQuote(layer, a)) continue;
      const countryId = countryOf(entities, a, g);
      const placeId = countryId ? g.capitalPlace.get(countryId) : undefined;
      if (!countryId || !placeId) continue;
      if (found && found.countryId !== countryId) return null;
      if (found && found.placeId !== placeId && g.entities.get(found.placeId)?.inCountry !== countryId)
        return null;
      found ??= { countryId, placeId, people: new Set() };
      found.people.add(a.entityId).add(b.entityId);
    }
  }
  if (found) ensurePlace(entities, found.placeId, g);
  return found;
}

function isGuest(entities: EntityLayer, m: EntityMention): boolean {
  return entities.records.get(m.entityId)?.type === 'Person';
}

function inQuote(layer: TextLayer, m: EntityMention): boolean {
  return layer.quotes.some((q) => q.open < m.start && m.end <= q.close);
}

function countryOf(entities: EntityLayer, m: EntityMention, g: Gazetteer): string | null {
  const record = entities.records.get(m.entityId);
  if (!record) return null;
  if (record.type === 'Country') return record.id;
  if (record.type === 'Person')
    return record.roles.find((r) => typeOfId(r.ofId, entities.records, g) === 'Country')?.ofId ?? null;
  if (record.type === 'Organization') return g.demonyms.get(record.name.split(' ')[0]!.toLowerCase()) ?? null;
  return null;
}

/** The event was the host's: a host or guest attends, or someone who holds office in the host state. */
function attends(c: EventCluster, countryId: string, people: Set<string>, entities: EntityLayer): boolean {
  for (const id of c.participants.keys()) {
    if (people.has(id) || id === countryId) return true;
    if (entities.records.get(id)?.roles.some((r) => r.ofId === countryId)) return true;
  }
  return false;
}

/** The host capital may be named only as a metonym ("Moscow delivered ..."); the place still needs a node. */
function ensurePlace(entities: EntityLayer, placeId: string, g: Gazetteer) {
  if (entities.records.has(placeId)) return;
  const known = g.entities.get(placeId);
  if (!known) return;
  entities.records.set(placeId, {
    id: placeId,
    type: 'Place',
    name: known.name,
    aliases: new Set(known.aliases),
    wikidataId: known.wikidataId,
    roles: [],
  });
}
