// Turns the entity layer into the public Entity list: one node per referent, with aliases, roles and mentions.

import type { Entity } from '../../model/extraction.ts';
import type { EntityLayer } from '../types.ts';

export function buildEntities(layer: EntityLayer): Entity[] {
  const out: Entity[] = [];
  for (const record of layer.records.values()) {
    const mentions = layer.mentions
      .filter((m) => m.entityId === record.id)
      .map(({ start, end, text, sentence }) => ({ start, end, text, sentence }));
    if (mentions.length === 0) continue;
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
  return out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
