// Builds one Cypher statement per root field from its arguments and selection: WHERE only from given filters, rows streamed.

import { speakerOrderRange } from '../../graph/claim-speaker-order.ts';
import { CypherBuilder } from './cypher-builder.ts';
import { positional, type Inner, type Projected } from './positional.ts';
import { child, type SelectedField } from './selected-fields.ts';
import {
  projectArticle,
  projectClaim,
  projectEntity,
  projectEvent,
  type Projection,
} from './type-projections.ts';
import type { GraphQLResolveInfo } from 'graphql';

/** A statement and, per column holding projected values, the shape they are rebuilt from (`rebuildRows`). */
export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
  columns: Record<string, Inner>;
}

const start = (info: GraphQLResolveInfo): Projection => ({ builder: new CypherBuilder(), info });
const done = (p: Projection, cypher: string, columns: Record<string, Inner>): Statement => ({
  cypher,
  params: p.builder.params,
  columns,
});

type Projector = typeof projectEvent;

/** One node by key: `MATCH (x:Label {id: $id}) RETURN x {...} AS value`. */
export function nodeById(
  info: GraphQLResolveInfo,
  fields: SelectedField[],
  label: 'Event' | 'Claim' | 'Entity' | 'Article',
  id: string,
): Statement {
  const p = start(info);
  const projectors: Record<typeof label, Projector> = {
    Event: projectEvent,
    Claim: projectClaim,
    Entity: projectEntity,
    Article: projectArticle,
  };
  const value = projectors[label](p, 'x', fields);
  return done(p, `MATCH (x:${label} {id: ${p.builder.param(id)}}) RETURN ${value} AS value`, {
    value: value.one(),
  });
}

/** A page of articles (newest first) or of one kind of entity (by name): one row per item. */
export function listNodes(
  info: GraphQLResolveInfo,
  fields: SelectedField[],
  label: 'Article' | 'Person' | 'Country' | 'Organization' | 'Place',
  offset: number,
  first: number,
): Statement {
  const p = start(info);
  const order = label === 'Article' ? 'x.publishedAt DESC, x.id' : 'x.name';
  const item = label === 'Article' ? projectArticle(p, 'x', fields) : projectEntity(p, 'x', fields);
  // The label comes from the fixed union above, never from input.
  return done(
    p,
    `MATCH (x:${label}) WITH x ORDER BY ${order} SKIP ${p.builder.param(offset)} LIMIT ${p.builder.param(first)} RETURN ${item} AS value`,
    { value: item.one() },
  );
}

export interface EventFilter {
  types?: string[] | null;
  from?: string | null;
  to?: string | null;
  participantId?: string | null;
  locationId?: string | null;
}

/**
 * Events matching the filter. The pattern starts from the most selective thing given (participant, place,
 * else the date index) and the WHERE clause holds only the conditions given, so Neo4j can use the indexes.
 */
function eventMatch(p: Projection, filter: EventFilter): string {
  const b = p.builder;
  const conditions: string[] = [];
  let match = 'MATCH (ev:Event)';
  if (filter.participantId) {
    match = `MATCH (:Entity {id: ${b.param(filter.participantId)}})-[:PARTICIPATED_IN]->(ev:Event)`;
    if (filter.locationId)
      conditions.push(`EXISTS { (ev)-[:LOCATED_IN]->(:Entity {id: ${b.param(filter.locationId)}}) }`);
  } else if (filter.locationId) {
    match = `MATCH (ev:Event)-[:LOCATED_IN]->(:Entity {id: ${b.param(filter.locationId)}})`;
  }
  if (filter.types) conditions.push(`ev.type IN ${b.param(filter.types)}`);
  if (filter.from) conditions.push(`ev.date >= date(${b.param(filter.from)})`);
  if (filter.to) conditions.push(`ev.date <= date(${b.param(filter.to)})`);
  const where = conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
  // One PARTICIPATED_IN per role: an entity with two roles in an event reaches it twice.
  return `${match}${where} WITH ${filter.participantId ? 'DISTINCT ' : ''}ev`;
}

/** A connection's statement: rows of `value` (the page, first + 1 to tell whether more follow) and `total` when asked. */
function connectionStatement(
  p: Projection,
  match: string,
  variable: string,
  order: string,
  item: Projected,
  page: { offset: number; first: number; withTotal: boolean; withNodes: boolean; total?: string | null },
): string {
  const b = p.builder;
  const pageQuery = `${match} WITH ${variable} ORDER BY ${order} SKIP ${b.param(page.offset)} LIMIT ${b.param(page.first)} RETURN ${item} AS value`;
  if (!page.withTotal) return pageQuery;
  const count = `CALL () { ${page.total ?? `${match} RETURN count(${variable}) AS total`} }`;
  if (!page.withNodes) return `${count} RETURN total, null AS value`;
  // OPTIONAL: an empty page still yields the row carrying the total.
  return `${count} OPTIONAL CALL () { ${pageQuery} } RETURN total, value`;
}

/** What a connection field (events, claims) selects: its nodes, and whether totalCount or pageInfo is asked. */
export function connectionSelection(info: GraphQLResolveInfo, fields: SelectedField[]) {
  return {
    nodes: child(info, fields, 'nodes')?.fields ?? null,
    withTotal: fields.some((field) => field.name === 'totalCount'),
    withPageInfo: fields.some((field) => field.name === 'pageInfo'),
  };
}

export function filterEvents(
  info: GraphQLResolveInfo,
  fields: SelectedField[],
  filter: EventFilter,
  descending: boolean,
  offset: number,
  first: number,
): Statement {
  const p = start(info);
  const selection = connectionSelection(info, fields);
  const match = eventMatch(p, filter);
  const order = descending ? 'ev.date DESC, ev.id' : 'ev.date ASC, ev.id';
  const item = projectEvent(p, 'ev', selection.nodes ?? []);
  return done(
    p,
    connectionStatement(p, match, 'ev', order, item, {
      offset,
      first,
      withTotal: selection.withTotal,
      withNodes: selection.nodes !== null || selection.withPageInfo,
    }),
    { value: item.one() },
  );
}

export interface ClaimFilter {
  speakerId?: string | null;
  aboutId?: string | null;
  kind?: string | null;
  stance?: string | null;
  from?: string | null;
  to?: string | null;
}

/** Claims matching the filter, started from the speaker or the thing they are about when given. */
function claimMatch(p: Projection, filter: ClaimFilter): string {
  const b = p.builder;
  const conditions: string[] = [];
  let match = 'MATCH (c:Claim)';
  if (filter.speakerId) {
    // The speaker's claims in the date range are one range of keys, already in serving order: a page is an
    // index seek that stops after it (the hint keeps the planner off the kind index when a kind is given too).
    const range = speakerOrderRange(filter.speakerId, filter.from ?? null, filter.to ?? null);
    match = 'MATCH (c:Claim) USING INDEX c:Claim(speakerOrder)';
    conditions.push(
      `c.speakerOrder >= ${b.param(range.lowest)} AND c.speakerOrder < ${b.param(range.below)}`,
    );
    if (filter.aboutId)
      conditions.push(`EXISTS { (c)-[:ABOUT]->(x) WHERE x.id = ${b.param(filter.aboutId)} }`);
  } else if (filter.aboutId) {
    const label = filter.aboutId.startsWith('ev_') ? 'Event' : 'Entity';
    match = `MATCH (:${label} {id: ${b.param(filter.aboutId)}})<-[:ABOUT]-(c:Claim)`;
  }
  if (filter.kind) conditions.push(`c.kind = ${b.param(filter.kind)}`);
  if (filter.stance) conditions.push(`c.stance = ${b.param(filter.stance)}`);
  if (filter.from && !filter.speakerId) conditions.push(`c.publishedAt >= date(${b.param(filter.from)})`);
  if (filter.to && !filter.speakerId) conditions.push(`c.publishedAt <= date(${b.param(filter.to)})`);
  const where = conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
  // SAID_BY and ABOUT are one relationship per claim and target: no claim is reached twice.
  return `${match}${where} WITH c`;
}

/** The total of a filter that is nothing but a speaker or a target: a degree, not a scan. */
function claimDegree(p: Projection, filter: ClaimFilter): string | null {
  const others = [filter.kind, filter.stance, filter.from, filter.to].some(Boolean);
  if (others || Boolean(filter.speakerId) === Boolean(filter.aboutId)) return null;
  if (filter.speakerId) {
    return `MATCH (x:Entity {id: ${p.builder.param(filter.speakerId)}}) RETURN COUNT { (x)<-[:SAID_BY]-() } AS total`;
  }
  const label = filter.aboutId?.startsWith('ev_') ? 'Event' : 'Entity';
  return `MATCH (x:${label} {id: ${p.builder.param(filter.aboutId)}}) RETURN COUNT { (x)<-[:ABOUT]-() } AS total`;
}

/** Newest first: the order of every list of claims (a speaker's `speakerOrder` keys sort the same way). */
const CLAIM_ORDER = 'c.publishedAt DESC, c.articleId, c.start';

export function filterClaims(
  info: GraphQLResolveInfo,
  fields: SelectedField[],
  filter: ClaimFilter,
  offset: number,
  first: number,
): Statement {
  const p = start(info);
  const selection = connectionSelection(info, fields);
  const match = claimMatch(p, filter);
  const item = projectClaim(p, 'c', selection.nodes ?? []);
  return done(
    p,
    connectionStatement(p, match, 'c', filter.speakerId ? 'c.speakerOrder' : CLAIM_ORDER, item, {
      offset,
      first,
      withTotal: selection.withTotal,
      withNodes: selection.nodes !== null || selection.withPageInfo,
      total: claimDegree(p, filter),
    }),
    { value: item.one() },
  );
}

/** Timeline items per record. */
const TIMELINE_BATCH = 100;

/**
 * An entity's events (taken part in or located there) and claims, in date order, in batches of items.
 * No row at all means no such entity; one row with a null `batch` means an empty timeline. Only the two
 * event branches can meet (an entity that took part where it is located), so only they are deduplicated.
 * The claims are a range of the speaker-order index (no relationship walked, no date read to filter), and
 * on one day their keys sort as `articleId, start` do, so the key stands in for both.
 */
export function timeline(
  info: GraphQLResolveInfo,
  fields: SelectedField[],
  entityId: string,
  range: { from: string | null; to: string | null },
  first: number,
): Statement {
  const p = start(info);
  const b = p.builder;
  const within = (property: string) => {
    const conditions: string[] = [];
    if (range.from) conditions.push(`${property} >= date(${b.param(range.from)})`);
    if (range.to) conditions.push(`${property} <= date(${b.param(range.to)})`);
    return conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
  };
  const keys = speakerOrderRange(entityId, range.from, range.to);
  const event = child(info, fields, 'event');
  const claim = child(info, fields, 'claim');
  // Claims rows carry a null event and event rows a null claim: both projections are nullable.
  const eventItem = event ? projectEvent(p, 'ev', event.fields, true) : null;
  const claimItem = claim ? projectClaim(p, 'c', claim.fields, true) : null;
  const item = positional([
    ['date', 'toString(date)'],
    ...(eventItem ? [['event', eventItem.cypher, eventItem.one()] as const] : []),
    ...(claimItem ? [['claim', claimItem.cypher, claimItem.one()] as const] : []),
  ]);
  return done(
    p,
    `MATCH (n:Entity {id: ${b.param(entityId)}})
OPTIONAL CALL (n) {
  CALL (n) {
    CALL (n) {
      MATCH (n)-[:PARTICIPATED_IN]->(ev:Event)${within('ev.date')} RETURN ev
      UNION
      MATCH (ev:Event)-[:LOCATED_IN]->(n)${within('ev.date')} RETURN ev
    }
    RETURN ev.date AS date, ev.id AS tie, ev, null AS c
    UNION ALL
    MATCH (c:Claim) WHERE c.speakerOrder >= ${b.param(keys.lowest)} AND c.speakerOrder < ${b.param(keys.below)}
    RETURN c.publishedAt AS date, c.speakerOrder AS tie, null AS ev, c
  }
  // Events before claims on the same day (as ev.id, null for claims, sorts them), then by id or key.
  WITH date, ev, c, tie ORDER BY date, c IS NOT NULL, tie LIMIT ${b.param(first)}
  WITH collect(${item}) AS items
  // A few records of ${TIMELINE_BATCH} items: cheaper for Neo4j and the driver than a record per item, and
  // each small enough for one Bolt chunk (bigger records take the driver's slow path).
  UNWIND range(0, size(items) - 1, ${TIMELINE_BATCH}) AS at
  RETURN items[at..at + ${TIMELINE_BATCH}] AS batch
}
RETURN batch`,
    { batch: item.many() },
  );
}

/** Entity and claim full-text hits, each index cut to `first` (merged by score in the resolver). */
export function search(
  info: GraphQLResolveInfo,
  fields: SelectedField[],
  query: string,
  first: number,
): Statement {
  const p = start(info);
  const b = p.builder;
  const entity = child(info, fields, 'entity');
  const claim = child(info, fields, 'claim');
  const q = b.param(query);
  const limit = b.param(first);
  const entityItem = entity ? projectEntity(p, 'n', entity.fields) : null;
  const claimItem = claim ? projectClaim(p, 'c', claim.fields) : null;
  const columns: Record<string, Inner> = {};
  if (entityItem) columns.entity = entityItem.one();
  if (claimItem) columns.claim = claimItem.one();
  return done(
    p,
    `CALL db.index.fulltext.queryNodes('entity_names', ${q}) YIELD node AS n, score
WITH n, score ORDER BY score DESC LIMIT ${limit}
RETURN score, ${entityItem ?? 'null'} AS entity, null AS claim
UNION ALL
CALL db.index.fulltext.queryNodes('claim_text', ${q}) YIELD node AS c, score
WITH c, score ORDER BY score DESC LIMIT ${limit}
RETURN score, null AS entity, ${claimItem ?? 'null'} AS claim`,
    columns,
  );
}
