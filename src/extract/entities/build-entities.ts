// Turns the entity layer into the public Entity list: one node per referent, with aliases, roles and mentions.

import type { Entity } from '../../model/extraction.ts';
import type { EntityLayer } from '../types.ts';

/** `referenced`: ids events point at (a host capital named only as a metonym), kept without a mention of their own. */
export function buildEntities(layer: EntityLayer, referenced: Set<string> = new Set()): Entity[] {
  const out: Entity[] = [];
  const byEntity = new Map<string, Entity['mentions']>();
  for (const { entityId, start, end, text, sentence } of layer.mentions) {
    const list = byEntity.get(entityId) ?? [];
    list.push({ start, end, text, sentence });
    byEntity.set(entityId, list);
  }
  for (const record of layer.records.values()) {
    const mentions = byEntity.get(record.id) ?? [];
    if (mentions.length === 0 && !referenced.has(record.id)) continue;
    out.push({
      id: record.id,
      type: record.type,
      name: record.name,
      aliases: [...record.aliases].filter((a) => a !== record.name),
      wikidataId: record.wikidataId,
      roles: record.roles,
      mentions,
    });
  }
  const first = (e: Entity) => e.mentions[0]?.start ?? Infinity;
  return out.sort((a, b) => first(a) - first(b));
}
