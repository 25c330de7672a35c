// The event pass: trigger mentions, coreference into events, then ids, cross-article keys and labels.

import type { Event } from '../../model/extraction.ts';
import type { Gazetteer } from '../gazetteer/gazetteer-types.ts';
import type { EntityLayer, TextLayer } from '../types.ts';
import { clusterEvents, type EventCluster } from './cluster-events.ts';
import { findEventMentions } from './find-event-mentions.ts';
import { fillFromArticle } from './fill-from-article.ts';
import { linkTwoSides } from './link-two-sides.ts';

/** `g` is passed in (never read from a module singleton) so that a pass depends only on its arguments. */
export function findEvents(layer: TextLayer, entities: EntityLayer, g: Gazetteer): Event[] {
  // Each step returns a refined copy: no step changes what an earlier one returned.
  const clustered = clusterEvents(findEventMentions(layer, entities, g), entities, g);
  const clusters = fillFromArticle(layer, entities, linkTwoSides(layer, clustered), g);
  return clusters.filter(isAnchored).map((c, i) => toEvent(c, i, entities));
}

/**
 * An event with neither a place nor a participant cannot be told from any other of its type ("this vote");
 * it is left out rather than guessed.
 */
function isAnchored(c: EventCluster): boolean {
  return c.locationId !== null || c.participants.size > 0;
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
