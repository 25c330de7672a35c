// Builds the gazetteer once from world-countries and the user-editable seeds/gazetteer/*.json files.

import countries from 'world-countries/countries.json' with { type: 'json' };
import people from '../../../seeds/gazetteer/people.json' with { type: 'json' };
import organizations from '../../../seeds/gazetteer/organizations.json' with { type: 'json' };
import places from '../../../seeds/gazetteer/places.json' with { type: 'json' };
import seats from '../../../seeds/gazetteer/seats-of-government.json' with { type: 'json' };
import { slugify } from '../text/fold.ts';
import { tokenize } from '../text/tokenize.ts';
import type { FormKind, Gazetteer, KnownEntity, RoleSpec } from './gazetteer-types.ts';

interface PersonSeed {
  name: string;
  aliases?: string[];
  surnames?: string[];
  /** The surname is also a common word or name ("May", "Johnson"): it needs the full name in the article. */
  ambiguousSurname?: boolean;
  wikidataId?: string | null;
  roles?: RoleSpec[];
}

/** Short codes that are words too ("IN", "IT", "ME") are only trusted from this list. */
const SHORT_CODES = new Set(['US', 'USA', 'UK', 'UAE', 'PRC', 'DPRK', 'ROK', 'DRC', 'KSA']);
const EXTRA_COUNTRY_ALIASES: Record<string, string[]> = {
  USA: ['U.S.', 'U.S.A.', 'America', 'United States'],
  GBR: ['U.K.', 'Britain', 'United Kingdom'],
  RUS: ['Russian Federation'],
  CHN: ['Mainland China'],
  PRK: ['North Korea'],
  KOR: ['South Korea'],
  CZE: ['Czech Republic'],
  TUR: ['Turkey', 'Turkiye', 'Türkiye'],
  UKR: ['the Ukraine'],
  IRN: ['Persia'],
  ARE: ['Emirates'],
  SAU: ['Saudi'],
  NLD: ['Holland'],
};
/** Adjectives the news uses that world-countries does not list as demonyms ("Philippine vessels", "Saudi officials"). */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  GBR: ['UK'],
  USA: ['US', 'U.S.'],
  NLD: ['Dutch'],
  PHL: ['Philippine'],
  SAU: ['Saudi'],
  ARG: ['Argentinian'],
  KAZ: ['Kazakh'],
  UZB: ['Uzbek'],
  BIH: ['Bosnian'],
  NPL: ['Nepali'],
};

let cached: Gazetteer | null = null;

export function loadGazetteer(): Gazetteer {
  if (!cached) cached = buildGazetteer();
  return cached;
}

function buildGazetteer(): Gazetteer {
  const g: Gazetteer = {
    entities: new Map(),
    forms: new Map(),
    maxTokens: 1,
    capitalPlace: new Map(),
    demonyms: new Map(),
    demonymOf: new Map(),
  };
  const add = (surface: string, entityId: string, kind: FormKind) => {
    const key = surface.trim();
    if (!key) return;
    const list = g.forms.get(key) ?? [];
    const entityType = g.entities.get(entityId)?.type;
    // (Every form names an entity registered before it: a form of nothing names nothing.)
    if (!entityType || list.some((f) => f.entityId === entityId && f.kind === kind)) return;
    list.push({ surface: key, entityId, entityType, kind });
    g.forms.set(key, list);
    g.maxTokens = Math.max(g.maxTokens, tokenize(key).length);
  };
  const register = (e: KnownEntity) => {
    g.entities.set(e.id, e);
    add(e.name, e.id, 'name');
    for (const a of e.aliases) add(a, e.id, 'alias');
  };
  addCountries(g, register, add);
  for (const o of organizations as { id: string; name: string; aliases?: string[] }[]) {
    register({
      id: o.id,
      type: 'Organization',
      name: o.name,
      aliases: o.aliases ?? [],
      wikidataId: null,
      roles: [],
      inCountry: null,
    });
  }
  for (const p of places as { name: string; aliases?: string[]; in?: string | null }[]) {
    register({
      id: `place:${slugify(p.name)}`,
      type: 'Place',
      name: p.name,
      aliases: p.aliases ?? [],
      wikidataId: null,
      roles: [],
      inCountry: p.in ?? null,
    });
  }
  resolvePlaceNesting(g);
  for (const p of people as PersonSeed[]) {
    const id = `person:${slugify(p.name)}`;
    register({
      id,
      type: 'Person',
      name: p.name,
      aliases: p.aliases ?? [],
      wikidataId: p.wikidataId ?? null,
      roles: p.roles ?? [],
      inCountry: null,
    });
    for (const s of p.surnames ?? [surnameOf(p.name)])
      add(s, id, p.ambiguousSurname ? 'surname' : 'knownSurname');
  }
  return g;
}

/** Not UN members, but governments that act as states in diplomatic news: Taiwan, Kosovo. */
const GOVERNED_AS_STATES = new Set(['TWN', 'UNK']);

function addCountries(
  g: Gazetteer,
  register: (e: KnownEntity) => void,
  add: (surface: string, id: string, kind: FormKind) => void,
) {
  const skipCapitals = new Set(seats.notCapitalMetonyms);
  for (const c of countries) {
    const sovereign = c.independent || c.unMember || GOVERNED_AS_STATES.has(c.cca3);
    const aliases = [c.name.official, ...c.altSpellings, ...(EXTRA_COUNTRY_ALIASES[c.cca3] ?? [])].filter(
      (a) =>
        /^[\p{Script=Latin}\p{P}\s]+$/u.test(a) &&
        (a.length > 3 || SHORT_CODES.has(a)) &&
        a !== c.name.common,
    );
    if (!sovereign) {
      register({
        id: `place:${slugify(c.name.common)}`,
        type: 'Place',
        name: c.name.common,
        aliases,
        wikidataId: null,
        roles: [],
        inCountry: null,
      });
      continue;
    }
    const id = `country:${c.cca3}`;
    register({
      id,
      type: 'Country',
      name: c.name.common,
      aliases,
      wikidataId: null,
      roles: [],
      inCountry: null,
    });
    for (const d of new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(EXTRA_DEMONYMS[c.cca3] ?? [])])) {
      if (!d) continue;
      add(d, id, 'demonym');
      if (!g.demonymOf.has(id)) g.demonymOf.set(id, d);
      g.demonyms.set(d.toLowerCase(), id);
      if (/n$/.test(d)) add(`${d}s`, id, 'demonymPlural');
    }
    for (const capital of c.capital) {
      if (skipCapitals.has(capital) || capital === c.name.common) continue;
      addCapital(g, register, add, capital, id);
    }
  }
  for (const s of seats.seats as { name: string; country: string; capital?: boolean }[]) {
    const id = `country:${s.country}`;
    if (s.capital) addCapital(g, register, add, s.name, id);
    else add(s.name, id, 'seat');
  }
}

function addCapital(
  g: Gazetteer,
  register: (e: KnownEntity) => void,
  add: (surface: string, id: string, kind: FormKind) => void,
  capital: string,
  countryId: string,
) {
  const placeId = `place:${slugify(capital)}`;
  if (!g.entities.has(placeId)) {
    register({
      id: placeId,
      type: 'Place',
      name: capital,
      aliases: [],
      wikidataId: null,
      roles: [],
      inCountry: countryId,
    });
  }
  if (!g.capitalPlace.has(countryId)) g.capitalPlace.set(countryId, placeId);
  add(capital, countryId, 'capital');
}

/** A place's "in" may name another place ("Anchorage" in Alaska); its country is found up the chain. */
function resolvePlaceNesting(g: Gazetteer) {
  for (const e of g.entities.values()) {
    const isPlace = (id: string | null | undefined): id is string =>
      !!id && g.entities.get(id)?.type === 'Place';
    if (e.type !== 'Place' || !isPlace(e.inCountry)) continue;
    e.within = e.inCountry;
    let up: string | null = e.inCountry;
    for (let depth = 0; isPlace(up) && depth < 5; depth++) up = g.entities.get(up)?.inCountry ?? null;
    e.inCountry = up ?? null;
  }
}

/** "Bashar al-Assad" -> "Assad"; "Jean-Claude Juncker" -> "Juncker". */
export function surnameOf(name: string): string {
  const last = name.split(/\s+/).pop() ?? name;
  return last.replace(/^(al|el|bin|ibn)-/i, '');
}
