// Turns the fields a query selects on Event, Claim, Entity and Article into Cypher map projections.

import type { GraphQLResolveInfo } from 'graphql';
import { speakerOrderWithin } from '../../graph/claim-speaker-order.ts';
import { pageSize } from '../api-errors.ts';
import type { CypherBuilder } from './cypher-builder.ts';
import { projectedName } from './cypher-builder.ts';
import { positional, type Entry, type Projected } from './positional.ts';
import { selectedFields, type SelectedField } from './selected-fields.ts';

/** Largest `first` on a nested list (Entity.events, Event.claims, ...). */
export const MAX_NESTED_FIRST = 1000;

export interface Projection {
  builder: CypherBuilder;
  info: GraphQLResolveInfo;
}

/** The entries to project, by key (a key selected twice is projected once). */
type Entries = (p: Projection, variable: string, fields: SelectedField[]) => Map<string, Entry>;

/** Adds `variable.name` under its own name. */
const own = (out: Map<string, Entry>, variable: string, name: string) =>
  out.set(name, [name, `${variable}.${name}`]);

const below = (p: Projection, field: SelectedField) => selectedFields(p.info, field.nodes, field.type);

/**
 * A positional value holding exactly what `fields` need (plus the id, for fields left to the loaders);
 * `nullable` when the variable can be null (a null node then yields null).
 */
function projectionOf(
  entries: Entries,
): (p: Projection, variable: string, fields: SelectedField[], nullable?: boolean) => Projected {
  return (p, variable, fields, nullable = false) =>
    positional([...entries(p, variable, fields).values()], nullable ? variable : null);
}

/** A nested list as a COLLECT subquery: matched, ordered and cut in Cypher. */
function list(
  match: string,
  order: string,
  limit: string | null,
  item: Projected | string,
  carried: string,
): string {
  const cut = limit === null ? '' : ` LIMIT ${limit}`;
  return `COLLECT { ${match} WITH ${carried} ORDER BY ${order}${cut} RETURN ${item} }`;
}

function nestedFirst(p: Projection, field: SelectedField): string {
  return p.builder.param(pageSize(field.args.first as number, 'first', MAX_NESTED_FIRST));
}

/**
 * Mention records (words, offsets, article) of an entity or event, one per stored form: newest article
 * first for entities, by article id for events; the Mention resolver builds provenance from them.
 */
function mentionsOf(
  p: Projection,
  target: string,
  relationship: 'MENTIONS' | 'REPORTS',
  newestFirst: string | null,
  limit: string | null,
): string {
  const a = p.builder.variable('a');
  const r = p.builder.variable('r');
  const i = p.builder.variable('i');
  const order = newestFirst
    ? `${a}.publishedAt DESC, ${a}.id, ${r}.starts[${i}]`
    : `${a}.id, ${r}.starts[${i}]`;
  const match = `MATCH (${a}:Article)-[${r}:${relationship}]->(${target}) UNWIND range(0, size(${r}.forms) - 1) AS ${i}`;
  const item = `{ text: ${r}.forms[${i}], start: ${r}.starts[${i}], end: ${r}.ends[${i}], sentence: ${r}.sentences[${i}], articleId: ${a}.id }`;
  return list(match, order, limit, item, `${a}, ${r}, ${i}`);
}

export const projectEntity = projectionOf((p, n, fields) => {
  const out = new Map<string, Entry>();
  own(out, n, 'id');
  own(out, n, 'type');
  for (const field of fields) {
    const key = projectedName(field.responseKey);
    switch (field.name) {
      case 'name':
      case 'wikidataId':
        own(out, n, field.name);
        break;
      case 'aliases':
        out.set('aliases', ['aliases', `coalesce(${n}.aliases, [])`]);
        break;
      case 'events': {
        const ev = p.builder.variable('ev');
        const union = `CALL (${n}) { MATCH (${n})-[:PARTICIPATED_IN]->(${ev}:Event) RETURN ${ev} UNION MATCH (${ev}:Event)-[:LOCATED_IN]->(${n}) RETURN ${ev} }`;
        const item = projectEvent(p, ev, below(p, field));
        out.set(key, [
          key,
          list(union, `${ev}.date, ${ev}.id`, nestedFirst(p, field), item, ev),
          item.many(),
        ]);
        break;
      }
      case 'claimsMade': {
        // The speaker's keys, in serving order: the page is read from the index and stops at `first`.
        const c = p.builder.variable('c');
        const match = `MATCH (${c}:Claim) WHERE ${speakerOrderWithin(`${c}.speakerOrder`, `${n}.id`)}`;
        const item = projectClaim(p, c, below(p, field));
        out.set(key, [key, list(match, `${c}.speakerOrder`, nestedFirst(p, field), item, c), item.many()]);
        break;
      }
      case 'claimsAbout': {
        const c = p.builder.variable('c');
        const order = `${c}.publishedAt DESC, ${c}.articleId, ${c}.start`;
        const item = projectClaim(p, c, below(p, field));
        const match = `MATCH (${c}:Claim)-[:ABOUT]->(${n})`;
        out.set(key, [key, list(match, order, nestedFirst(p, field), item, c), item.many()]);
        break;
      }
      case 'mentions':
        out.set(key, [key, mentionsOf(p, n, 'MENTIONS', 'newest first', nestedFirst(p, field))]);
        break;
      default:
      // sources and roles stay with the batched loaders.
    }
  }
  return out;
});

export const projectEvent = projectionOf((p, ev, fields) => {
  const out = new Map<string, Entry>();
  own(out, ev, 'id');
  for (const field of fields) {
    const key = projectedName(field.responseKey);
    switch (field.name) {
      case 'type':
      case 'label':
      case 'killed':
      case 'injured':
        own(out, ev, field.name);
        break;
      case 'date':
        out.set('date', ['date', `toString(${ev}.date)`]);
        break;
      case 'location': {
        const n = p.builder.variable('n');
        const item = projectEntity(p, n, below(p, field));
        // A pattern comprehension: cheaper than a subquery for a single value.
        const r = p.builder.variable('r');
        // An event is LOCATED_IN every place its articles give; its location is the primary (most specific) one.
        const located = `[(${ev})-[${r}:LOCATED_IN]->(${n}:Entity) WHERE coalesce(${r}.primary, true) | ${item}][0]`;
        out.set(key, [key, located, item.one()]);
        break;
      }
      case 'participants': {
        const n = p.builder.variable('n');
        const r = p.builder.variable('r');
        const parts = new Map<string, Entry>();
        for (const part of below(p, field)) {
          if (part.name === 'role') own(parts, r, 'role');
          if (part.name === 'entity') {
            const entity = projectEntity(p, n, below(p, part));
            const name = projectedName(part.responseKey);
            parts.set(name, [name, entity.cypher, entity.one()]);
          }
        }
        if (parts.size === 0) own(parts, r, 'role');
        const item = positional([...parts.values()]);
        const match = `MATCH (${n}:Entity)-[${r}:PARTICIPATED_IN]->(${ev})`;
        out.set(key, [key, list(match, `${n}.name`, null, item, `${n}, ${r}`), item.many()]);
        break;
      }
      case 'claims': {
        const c = p.builder.variable('c');
        const conditions: string[] = [];
        if (field.args.stance) conditions.push(`${c}.stance = ${p.builder.param(field.args.stance)}`);
        if (field.args.kind) conditions.push(`${c}.kind = ${p.builder.param(field.args.kind)}`);
        const where = conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
        const order = `${c}.publishedAt, ${c}.articleId, ${c}.start`;
        const item = projectClaim(p, c, below(p, field));
        const match = `MATCH (${c}:Claim)-[:ABOUT]->(${ev})${where}`;
        out.set(key, [key, list(match, order, nestedFirst(p, field), item, c), item.many()]);
        break;
      }
      case 'sources': {
        const a = p.builder.variable('a');
        const item = projectArticle(p, a, below(p, field));
        const match = `MATCH (${a}:Article)-[:REPORTS]->(${ev})`;
        out.set(key, [key, list(match, `${a}.publishedAt, ${a}.id`, null, item, a), item.many()]);
        break;
      }
      case 'contested':
        out.set(key, [
          key,
          `EXISTS { MATCH (:Claim {stance: 'ASSERTS'})-[:ABOUT]->(${ev}) } AND EXISTS { MATCH (:Claim {stance: 'DENIES'})-[:ABOUT]->(${ev}) }`,
        ]);
        break;
      case 'mentions':
        out.set(key, [key, mentionsOf(p, ev, 'REPORTS', null, null)]);
        break;
      default:
    }
  }
  return out;
});

export const projectClaim = projectionOf((p, c, fields) => {
  const out = new Map<string, Entry>();
  own(out, c, 'id');
  for (const field of fields) {
    const key = projectedName(field.responseKey);
    switch (field.name) {
      case 'kind':
      case 'text':
      case 'stance':
        own(out, c, field.name);
        break;
      case 'publishedAt':
        out.set('publishedAt', ['publishedAt', `toString(${c}.publishedAt)`]);
        break;
      case 'speaker': {
        const s = p.builder.variable('s');
        const item = projectEntity(p, s, below(p, field));
        out.set(key, [key, `[(${c})-[:SAID_BY]->(${s}:Entity) | ${item}][0]`, item.one()]);
        break;
      }
      case 'aboutEvents': {
        const ev = p.builder.variable('ev');
        const item = projectEvent(p, ev, below(p, field));
        const match = `MATCH (${c})-[:ABOUT]->(${ev}:Event)`;
        out.set(key, [key, list(match, `${ev}.date, ${ev}.id`, null, item, ev), item.many()]);
        break;
      }
      case 'aboutEntities': {
        const n = p.builder.variable('n');
        const item = projectEntity(p, n, below(p, field));
        const match = `MATCH (${c})-[:ABOUT]->(${n}:Entity)`;
        out.set(key, [key, list(match, `${n}.name`, null, item, n), item.many()]);
        break;
      }
      case 'provenance':
        // The Provenance resolver builds it from these; the sentence travels only when asked for.
        for (const name of ['start', 'end', 'sentence', 'articleId']) own(out, c, name);
        if (below(p, field).some((part) => part.name === 'sentence')) own(out, c, 'sentenceText');
        break;
      default:
    }
  }
  return out;
});

export const projectArticle = projectionOf((p, a, fields) => {
  const out = new Map<string, Entry>();
  own(out, a, 'id');
  for (const field of fields) {
    const key = projectedName(field.responseKey);
    switch (field.name) {
      case 'title':
      case 'url':
      case 'source':
      case 'contentHash':
        own(out, a, field.name);
        break;
      case 'publishedAt':
      case 'ingestedAt':
        out.set(field.name, [field.name, `toString(${a}.${field.name})`]);
        break;
      case 'text':
        out.set(key, [key, `${a}.text`]);
        break;
      case 'claims': {
        const c = p.builder.variable('c');
        const item = projectClaim(p, c, below(p, field));
        const match = `MATCH (${c}:Claim)-[:FROM_ARTICLE]->(${a})`;
        out.set(key, [key, list(match, `${c}.start`, null, item, c), item.many()]);
        break;
      }
      default:
      // entities and events stay with the batched loaders.
    }
  }
  return out;
});
