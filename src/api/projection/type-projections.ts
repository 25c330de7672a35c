// Turns the fields a query selects on Event, Claim, Entity and Article into Cypher map projections.

import type { GraphQLResolveInfo } from 'graphql';
import { speakerOrderWithin } from '../../graph/claim-speaker-order.ts';
import { pageSize } from '../api-errors.ts';
import type { CypherBuilder } from './cypher-builder.ts';
import { projectedKey } from './cypher-builder.ts';
import { selectedFields, type SelectedField } from './selected-fields.ts';

/** Largest `first` on a nested list (Entity.events, Event.claims, ...). */
export const MAX_NESTED_FIRST = 1000;

export interface Projection {
  builder: CypherBuilder;
  info: GraphQLResolveInfo;
}

type Entries = (p: Projection, variable: string, fields: SelectedField[]) => Set<string>;

const below = (p: Projection, field: SelectedField) => selectedFields(p.info, field.nodes, field.type);

/** `variable { ... }` holding exactly what `fields` need (plus the id, for fields left to the loaders). */
function mapOf(entries: Entries): (p: Projection, variable: string, fields: SelectedField[]) => string {
  return (p, variable, fields) => `${variable} { ${[...entries(p, variable, fields)].join(', ')} }`;
}

/** A nested list as a COLLECT subquery: matched, ordered and cut in Cypher. */
function list(match: string, order: string, limit: string | null, item: string, carried: string): string {
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

export const projectEntity = mapOf((p, n, fields) => {
  const out = new Set(['.id', '.type']);
  for (const field of fields) {
    const key = projectedKey(field.responseKey);
    switch (field.name) {
      case 'name':
      case 'wikidataId':
        out.add(`.${field.name}`);
        break;
      case 'aliases':
        out.add(`aliases: coalesce(${n}.aliases, [])`);
        break;
      case 'events': {
        const ev = p.builder.variable('ev');
        const union = `CALL (${n}) { MATCH (${n})-[:PARTICIPATED_IN]->(${ev}:Event) RETURN ${ev} UNION MATCH (${ev}:Event)-[:LOCATED_IN]->(${n}) RETURN ${ev} }`;
        const item = projectEvent(p, ev, below(p, field));
        out.add(`${key}: ${list(union, `${ev}.date, ${ev}.id`, nestedFirst(p, field), item, ev)}`);
        break;
      }
      case 'claimsMade': {
        // The speaker's keys, in serving order: the page is read from the index and stops at `first`.
        const c = p.builder.variable('c');
        const match = `MATCH (${c}:Claim) WHERE ${speakerOrderWithin(`${c}.speakerOrder`, `${n}.id`)}`;
        const item = projectClaim(p, c, below(p, field));
        out.add(`${key}: ${list(match, `${c}.speakerOrder`, nestedFirst(p, field), item, c)}`);
        break;
      }
      case 'claimsAbout': {
        const c = p.builder.variable('c');
        const order = `${c}.publishedAt DESC, ${c}.articleId, ${c}.start`;
        const item = projectClaim(p, c, below(p, field));
        out.add(
          `${key}: ${list(`MATCH (${c}:Claim)-[:ABOUT]->(${n})`, order, nestedFirst(p, field), item, c)}`,
        );
        break;
      }
      case 'mentions': {
        const item = mentionsOf(p, n, 'MENTIONS', 'newest first', nestedFirst(p, field));
        out.add(`${key}: ${item}`);
        break;
      }
      default:
      // sources and roles stay with the batched loaders.
    }
  }
  return out;
});

export const projectEvent = mapOf((p, ev, fields) => {
  const out = new Set(['.id']);
  for (const field of fields) {
    const key = projectedKey(field.responseKey);
    switch (field.name) {
      case 'type':
      case 'label':
      case 'killed':
      case 'injured':
        out.add(`.${field.name}`);
        break;
      case 'date':
        out.add(`date: toString(${ev}.date)`);
        break;
      case 'location': {
        const n = p.builder.variable('n');
        const item = projectEntity(p, n, below(p, field));
        // A pattern comprehension: cheaper than a subquery for a single value.
        const r = p.builder.variable('r');
        // An event is LOCATED_IN every place its articles give; its location is the primary (most specific) one.
        out.add(
          `${key}: [(${ev})-[${r}:LOCATED_IN]->(${n}:Entity) WHERE coalesce(${r}.primary, true) | ${item}][0]`,
        );
        break;
      }
      case 'participants': {
        const n = p.builder.variable('n');
        const r = p.builder.variable('r');
        const parts = new Set<string>();
        for (const part of below(p, field)) {
          if (part.name === 'role') parts.add(`role: ${r}.role`);
          if (part.name === 'entity') {
            parts.add(`${projectedKey(part.responseKey)}: ${projectEntity(p, n, below(p, part))}`);
          }
        }
        const item = `{ ${[...parts].join(', ') || 'role: ' + r + '.role'} }`;
        out.add(
          `${key}: ${list(`MATCH (${n}:Entity)-[${r}:PARTICIPATED_IN]->(${ev})`, `${n}.name`, null, item, `${n}, ${r}`)}`,
        );
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
        out.add(
          `${key}: ${list(`MATCH (${c}:Claim)-[:ABOUT]->(${ev})${where}`, order, nestedFirst(p, field), item, c)}`,
        );
        break;
      }
      case 'sources': {
        const a = p.builder.variable('a');
        const item = projectArticle(p, a, below(p, field));
        out.add(
          `${key}: ${list(`MATCH (${a}:Article)-[:REPORTS]->(${ev})`, `${a}.publishedAt, ${a}.id`, null, item, a)}`,
        );
        break;
      }
      case 'contested':
        out.add(
          `${key}: EXISTS { MATCH (:Claim {stance: 'ASSERTS'})-[:ABOUT]->(${ev}) } AND EXISTS { MATCH (:Claim {stance: 'DENIES'})-[:ABOUT]->(${ev}) }`,
        );
        break;
      case 'mentions':
        out.add(`${key}: ${mentionsOf(p, ev, 'REPORTS', null, null)}`);
        break;
      default:
    }
  }
  return out;
});

export const projectClaim = mapOf((p, c, fields) => {
  const out = new Set(['.id']);
  for (const field of fields) {
    const key = projectedKey(field.responseKey);
    switch (field.name) {
      case 'kind':
      case 'text':
      case 'stance':
        out.add(`.${field.name}`);
        break;
      case 'publishedAt':
        out.add(`publishedAt: toString(${c}.publishedAt)`);
        break;
      case 'speaker': {
        const s = p.builder.variable('s');
        const item = projectEntity(p, s, below(p, field));
        out.add(`${key}: [(${c})-[:SAID_BY]->(${s}:Entity) | ${item}][0]`);
        break;
      }
      case 'aboutEvents': {
        const ev = p.builder.variable('ev');
        const item = projectEvent(p, ev, below(p, field));
        out.add(
          `${key}: ${list(`MATCH (${c})-[:ABOUT]->(${ev}:Event)`, `${ev}.date, ${ev}.id`, null, item, ev)}`,
        );
        break;
      }
      case 'aboutEntities': {
        const n = p.builder.variable('n');
        const item = projectEntity(p, n, below(p, field));
        out.add(`${key}: ${list(`MATCH (${c})-[:ABOUT]->(${n}:Entity)`, `${n}.name`, null, item, n)}`);
        break;
      }
      case 'provenance':
        // The Provenance resolver builds it from these; the sentence travels only when asked for.
        for (const name of ['.start', '.end', '.sentence', '.articleId']) out.add(name);
        if (below(p, field).some((part) => part.name === 'sentence')) out.add('.sentenceText');
        break;
      default:
    }
  }
  return out;
});

export const projectArticle = mapOf((p, a, fields) => {
  const out = new Set(['.id']);
  for (const field of fields) {
    const key = projectedKey(field.responseKey);
    switch (field.name) {
      case 'title':
      case 'url':
      case 'source':
      case 'contentHash':
        out.add(`.${field.name}`);
        break;
      case 'publishedAt':
      case 'ingestedAt':
        out.add(`${field.name}: toString(${a}.${field.name})`);
        break;
      case 'text':
        out.add(`${key}: ${a}.text`);
        break;
      case 'claims': {
        const c = p.builder.variable('c');
        const item = projectClaim(p, c, below(p, field));
        out.add(`${key}: ${list(`MATCH (${c}:Claim)-[:FROM_ARTICLE]->(${a})`, `${c}.start`, null, item, c)}`);
        break;
      }
      default:
      // entities and events stay with the batched loaders.
    }
  }
  return out;
});
