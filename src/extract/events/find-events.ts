// The event pass: trigger mentions, coreference into events, then ids, cross-article keys and labels.

import type { Event } from '../../model/extraction.ts';
import { loadGazetteer } from '../gazetteer/load-gazetteer.ts';
import type { EntityLayer, TextLayer } from '../types.ts';
import { clusterEvents, type EventCluster } from './cluster-events.ts';
import { findEventMentions } from './find-event-mentions.ts';

export function findEvents(layer: TextLayer, entities: EntityLayer): Event[] {
  const g = loadGazetteer();
  const clusters = clusterEvents(findEventMentions(layer, entities), g);
  fillFromArticle(layer, entities, clusters);
  return clusters.filter(isAnchored).map((c, i) => toEvent(c, i, entities));
}

/**
 * An event with neither a place nor a participant cannot be told from any other of its type ("this vote");
 * it is left out rather than guessed.
 */
function isAnchored(c: EventCluster): boolean {
  return c.locationId !== null || c.participants.size > 0;
}

/** A dateline ("MOSCOW —") locates the day's meetings and news conferences that name no place. */
function fillFromArticle(layer: TextLayer, entities: EntityLayer, clusters: EventCluster[]) {
  const body = layer.article.bodySpan.start;
  const dateline = entities.mentions.find((m) => m.start === body && m.kind === 'city');
  const g = loadGazetteer();
  for (const c of clusters) {
    const sameDay = c.date === null || c.date === layer.article.publishedAt;
    if (!c.locationId && dateline && sameDay && ['MEETING', 'PRESS_CONFERENCE'].includes(c.type))
      c.locationId = dateline.entityId;
    if (!c.locationId && ['EXPULSION', 'SANCTION', 'CONFLICT', 'ELECTION_INTERFERENCE'].includes(c.type)) {
      // An expulsion happens in the expelling state; a war where it is fought; meddling where the vote was.
      const role = c.type === 'CONFLICT' || c.type === 'ELECTION_INTERFERENCE' ? 'TARGET' : 'PERPETRATOR';
      const states = [...c.participants].filter(([id]) => id.startsWith('country:'));
      const state = states.find(([, r]) => r === role) ?? (c.type === 'CONFLICT' ? states[0] : undefined);
      if (state) c.locationId = state[0];
    }
    if (c.type === 'ATTACK' && c.locationId?.startsWith('country:')) {
      // The most specific place: a town in that country the article names ("in Salisbury, Wiltshire").
      const town = entities.mentions.find(
        (m) =>
          g.entities.get(m.entityId)?.inCountry === c.locationId &&
          g.entities.get(m.entityId)?.type === 'Place',
      );
      if (town) c.locationId = town.entityId;
    }
  }
}

function toEvent(c: EventCluster, i: number, entities: EntityLayer): Event {
  const participantIds = [...c.participants.keys()];
  const place = c.locationId ? (entities.records.get(c.locationId)?.name ?? c.locationId) : null;
  const names = participantIds.slice(0, 3).map((id) => entities.records.get(id)?.name ?? id);
  const label = `${c.type.replace(/_/g, ' ').toLowerCase()}${place ? ` at ${place}` : ''}${names.length ? ` (${names.join(', ')})` : ''}`;
  return {
    id: `e${i + 1}`,
    key: [c.type, c.date ?? '', c.locationId ?? '', [...participantIds].sort().join('+')].join('|'),
    type: c.type,
    label,
    date: c.date,
    locationId: c.locationId,
    participantIds,
    participants: participantIds.map((entityId) => ({ entityId, role: c.participants.get(entityId)! })),
    killed: c.killed,
    injured: c.injured,
    mentions: c.mentions.map(({ start, end, text, sentence }) => ({ start, end, text, sentence })),
  };
}
