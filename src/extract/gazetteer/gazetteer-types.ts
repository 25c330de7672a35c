// The in-memory gazetteer: known entities and every surface form that names them.

import type { EntityType } from '../../model/extraction.ts';

export interface RoleSpec {
  title: string;
  /** Entity id of the country or organization the title belongs to. */
  of: string | null;
}

export interface KnownEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  wikidataId: string | null;
  roles: RoleSpec[];
  /** For places: the country they lie in. */
  inCountry: string | null;
  /** For places: the place or country directly containing them ("Anchorage" -> Alaska). */
  within?: string | null;
}

/**
 * How a surface form names its entity. `surname` only counts once the full name appears in the article;
 * `capital`/`seat` stand for the country's government unless used as a location; `demonym` is "Russian".
 */
export type FormKind =
  'name' | 'alias' | 'surname' | 'knownSurname' | 'capital' | 'seat' | 'demonym' | 'demonymPlural';

export interface SurfaceForm {
  surface: string;
  entityId: string;
  /** The type of the entity it names, so that passes never read a type off an id's prefix. */
  entityType: EntityType;
  kind: FormKind;
}

export interface Gazetteer {
  entities: Map<string, KnownEntity>;
  /** Exact surface string -> forms (a string may name more than one thing, e.g. a capital and its country). */
  forms: Map<string, SurfaceForm[]>;
  /** Longest surface form, in tokens. */
  maxTokens: number;
  /** Country id -> its capital's place id, so "in Moscow" can become a Place. */
  capitalPlace: Map<string, string>;
  /** Country id by lower-cased demonym ("russian" -> country:RUS). */
  demonyms: Map<string, string>;
  /** Country id -> its adjective ("country:RUS" -> "Russian"). */
  demonymOf: Map<string, string>;
}
