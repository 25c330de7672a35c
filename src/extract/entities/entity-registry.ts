// Collects the entities one article mentions: gazetteer entries and names found in the text, with aliases and roles.

import type { EntityType, Role } from '../../model/extraction.ts';
import type { Gazetteer } from '../gazetteer/gazetteer-types.ts';
import type { EntityMention, EntityRecord } from '../types.ts';
import { slugify } from '../text/fold.ts';

export class EntityRegistry {
  readonly records = new Map<string, EntityRecord>();
  private readonly g: Gazetteer;

  constructor(g: Gazetteer) {
    this.g = g;
  }

  /** A gazetteer entity, with all its known aliases. */
  ensureKnown(id: string): EntityRecord {
    const existing = this.records.get(id);
    if (existing) return existing;
    const known = this.g.entities.get(id);
    if (!known) return this.ensure(id, 'Organization', id);
    const record: EntityRecord = {
      id,
      type: known.type,
      name: known.name,
      aliases: new Set(known.aliases),
      wikidataId: known.wikidataId,
      roles: [],
    };
    this.records.set(id, record);
    return record;
  }

  /** A name the text introduces; reuses the gazetteer entry when the id happens to be known. */
  ensureFound(type: EntityType, name: string): string {
    const id = foundEntityId(type, name);
    if (this.g.entities.has(id)) this.ensureKnown(id);
    else this.ensure(id, type, name);
    return id;
  }

  ensure(id: string, type: EntityType, name: string): EntityRecord {
    let record = this.records.get(id);
    if (!record) {
      record = { id, type, name, aliases: new Set(), wikidataId: null, roles: [] };
      this.records.set(id, record);
    }
    return record;
  }

  isFound(id: string): boolean {
    return this.records.has(id) && !this.g.entities.has(id);
  }

  mention(
    text: string,
    start: number,
    end: number,
    sentence: number,
    entityId: string,
    kind: string,
  ): EntityMention {
    const surface = text.slice(start, end);
    this.addAlias(entityId, surface);
    return { start, end, text: surface, sentence, entityId, entityType: this.typeOf(entityId), kind };
  }

  /** The record's type; for an id not (yet) registered, the type its namespace stands for. */
  typeOf(id: string): EntityRecord['type'] {
    const known = this.records.get(id)?.type;
    if (known) return known;
    const prefix = id.slice(0, id.indexOf(':'));
    return prefix === 'person'
      ? 'Person'
      : prefix === 'country'
        ? 'Country'
        : prefix === 'place'
          ? 'Place'
          : 'Organization';
  }

  addAlias(id: string, surface: string) {
    const record = this.records.get(id);
    const clean = surface.replace(/\s+/g, ' ').trim();
    if (!record || !clean || clean === record.name || isShouting(clean, record.name)) return;
    record.aliases.add(clean);
  }

  addRole(id: string, role: Role) {
    const record = this.records.get(id);
    if (!record) return;
    if (!record.roles.some((r) => r.title === role.title && r.ofId === role.ofId)) record.roles.push(role);
  }
}

/** "MOSCOW" in a dateline is not a new spelling of Moscow. */
function isShouting(surface: string, name: string): boolean {
  return (
    surface.length > 3 && surface === surface.toUpperCase() && surface.toLowerCase() === name.toLowerCase()
  );
}

export function foundEntityId(type: EntityType, name: string): string {
  const prefix =
    type === 'Person' ? 'person' : type === 'Organization' ? 'org' : type === 'Place' ? 'place' : 'country';
  return `${prefix}:${slugify(name)}`;
}

/**
 * The type of an entity named by id where no mention carries it (a role's state, a participant, a location):
 * the article's record, else the gazetteer's entry; null for an id neither knows.
 */
export function typeOfId(
  id: string | null | undefined,
  records: Map<string, EntityRecord>,
  g?: Gazetteer,
): EntityType | null {
  if (!id) return null;
  return records.get(id)?.type ?? g?.entities.get(id)?.type ?? null;
}
