// Turns API answers into a bounded neighbourhood of nodes and labelled edges: pure, so the graph and the list agree.

import type {
  ClaimCard,
  ClaimDetail,
  EntityView,
  EntityRef,
  EventDetail,
  EventRef,
  EventSummary,
} from './types.ts';

export type NodeKind = EntityRef['type'] | 'Event' | 'Claim';

export interface GraphNode {
  /** Unique across kinds: entity ids as they are, `event/<id>`, `claim/<id>`. */
  key: string;
  id: string;
  kind: NodeKind;
  label: string;
  /** Claims: their stance, for colour; events: their type. */
  detail: string | null;
}

export interface GraphEdge {
  key: string;
  source: string;
  target: string;
  /** attendee, perpetrator, target, participant, place, said by, about. */
  label: string;
}

export interface Neighbourhood {
  center: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when something was left out: a list reached its bound or counterparts were dropped. */
  more: boolean;
}

/** How much of a neighbourhood to draw; "show more" doubles them. */
export interface Bounds {
  events: number;
  claims: number;
  entities: number;
}

export const FIRST_BOUNDS: Bounds = { events: 12, claims: 8, entities: 16 };

export const doubled = (bounds: Bounds): Bounds => ({
  events: bounds.events * 2,
  claims: bounds.claims * 2,
  entities: bounds.entities * 2,
});

export const eventKey = (id: string): string => `event/${id}`;
export const claimKey = (id: string): string => `claim/${id}`;

/** "meeting at Moscow (Rex Tillerson, Sergey Lavrov)" on 2017-04-12 -> "meeting at Moscow · 2017-04-12". */
export function eventTitle(event: EventRef): string {
  const label = event.label.replace(/\s*\([^)]*\)\s*$/, '') || event.type.toLowerCase();
  return event.date ? `${label} · ${event.date}` : label;
}

export function claimTitle(text: string, limit = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat}”`;
}

/** Collects nodes and edges without duplicates, then keeps the best-connected entities within the bound. */
class Builder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  more = false;
  readonly center: string;
  constructor(center: string) {
    this.center = center;
  }

  entity(entity: EntityRef): string {
    if (!this.nodes.has(entity.id))
      this.nodes.set(entity.id, {
        key: entity.id,
        id: entity.id,
        kind: entity.type,
        label: entity.name,
        detail: null,
      });
    return entity.id;
  }
  event(event: EventRef): string {
    const key = eventKey(event.id);
    if (!this.nodes.has(key))
      this.nodes.set(key, { key, id: event.id, kind: 'Event', label: eventTitle(event), detail: event.type });
    return key;
  }
  claim(claim: ClaimCard): string {
    const key = claimKey(claim.id);
    if (!this.nodes.has(key))
      this.nodes.set(key, {
        key,
        id: claim.id,
        kind: 'Claim',
        label: claimTitle(claim.text),
        detail: claim.stance,
      });
    return key;
  }
  edge(source: string, target: string, label: string): void {
    const key = `${source}|${label}|${target}`;
    if (source !== target && !this.edges.has(key)) this.edges.set(key, { key, source, target, label });
  }
  /** A claim's speaker and what it is about, each as an edge. */
  claimLinks(claim: ClaimCard, withEvents: boolean): void {
    const key = this.claim(claim);
    if (claim.speaker) this.edge(key, this.entity(claim.speaker), 'said by');
    if (withEvents) for (const event of claim.aboutEvents) this.edge(key, this.event(event), 'about');
    for (const entity of claim.aboutEntities) this.edge(key, this.entity(entity), 'about');
  }
  eventLinks(event: EventSummary): void {
    const key = this.event(event);
    if (event.location) this.edge(key, this.entity(event.location), 'place');
    for (const { role, entity } of event.participants)
      this.edge(this.entity(entity), key, role.toLowerCase());
  }

  /** Entities other than the centre are ranked by how many edges tie them in; the rest are dropped. */
  build(maxEntities: number): Neighbourhood {
    const degree = new Map<string, number>();
    for (const edge of this.edges.values()) {
      degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
      degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
    }
    const isEntity = (node: GraphNode): boolean => node.kind !== 'Event' && node.kind !== 'Claim';
    const ranked = [...this.nodes.values()]
      .filter((node) => isEntity(node) && node.key !== this.center)
      .sort((a, b) => (degree.get(b.key) ?? 0) - (degree.get(a.key) ?? 0) || a.label.localeCompare(b.label));
    const dropped = new Set(ranked.slice(maxEntities).map((node) => node.key));
    if (dropped.size > 0) this.more = true;
    return {
      center: this.center,
      nodes: [...this.nodes.values()].filter((node) => !dropped.has(node.key)),
      edges: [...this.edges.values()].filter(
        (edge) => !dropped.has(edge.source) && !dropped.has(edge.target),
      ),
      more: this.more,
    };
  }
}

/** Lists were fetched with one extra item: its presence means "more". */
function within<T>(list: T[], bound: number, builder: Builder): T[] {
  if (list.length > bound) builder.more = true;
  return list.slice(0, bound);
}

/** Events the entity took part in and events held there, latest first, without repeats. */
export function entityEvents(view: EntityView): EventSummary[] {
  const events = new Map([...view.took.nodes, ...view.at.nodes].map((event) => [event.id, event]));
  return [...events.values()].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

export function entityNeighbourhood(view: EntityView, bounds: Bounds): Neighbourhood {
  const { entity } = view;
  if (!entity) throw new Error('entityNeighbourhood needs an entity');
  const builder = new Builder(entity.id);
  builder.entity(entity);
  const { took, at, said, about } = view;
  if (took.totalCount > bounds.events || at.totalCount > bounds.events) builder.more = true;
  if (said.totalCount > bounds.claims || about.totalCount > bounds.claims) builder.more = true;
  for (const event of within(entityEvents(view), bounds.events, builder)) builder.eventLinks(event);
  for (const claim of within(said.nodes, bounds.claims, builder)) builder.claimLinks(claim, true);
  for (const claim of within(about.nodes, bounds.claims, builder)) builder.claimLinks(claim, true);
  return builder.build(bounds.entities);
}

export function eventNeighbourhood(event: EventDetail, bounds: Bounds): Neighbourhood {
  const builder = new Builder(eventKey(event.id));
  builder.eventLinks(event);
  // Claims on both sides first, so the contested ones are always in the picture.
  const claims = [...event.asserting, ...event.denying, ...event.claims];
  const unique = [...new Map(claims.map((claim) => [claim.id, claim])).values()];
  const centre = eventKey(event.id);
  for (const claim of within(unique, bounds.claims, builder)) {
    builder.claimLinks(claim, false);
    builder.edge(builder.claim(claim), centre, 'about');
  }
  if (event.claims.length > bounds.claims) builder.more = true;
  return builder.build(bounds.entities);
}

export function claimNeighbourhood(claim: ClaimDetail): Neighbourhood {
  const builder = new Builder(claimKey(claim.id));
  builder.claimLinks(claim, true);
  return builder.build(Number.POSITIVE_INFINITY);
}

/** The union of two neighbourhoods (double-click expands in place); the first one's centre stays. */
export function mergeNeighbourhoods(base: Neighbourhood, added: Neighbourhood): Neighbourhood {
  const nodes = new Map(base.nodes.map((node) => [node.key, node]));
  for (const node of added.nodes) if (!nodes.has(node.key)) nodes.set(node.key, node);
  const edges = new Map(base.edges.map((edge) => [edge.key, edge]));
  for (const edge of added.edges) if (!edges.has(edge.key)) edges.set(edge.key, edge);
  return {
    center: base.center,
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    more: base.more || added.more,
  };
}

/** Hops from the centre over edges in either direction, for the concentric layout (unreached nodes: last ring). */
export function distances(neighbourhood: Neighbourhood): Map<string, number> {
  const next = new Map<string, string[]>();
  for (const { source, target } of neighbourhood.edges) {
    if (!next.has(source)) next.set(source, []);
    if (!next.has(target)) next.set(target, []);
    next.get(source)?.push(target);
    next.get(target)?.push(source);
  }
  const hops = new Map<string, number>([[neighbourhood.center, 0]]);
  let frontier = [neighbourhood.center];
  while (frontier.length > 0) {
    const following: string[] = [];
    for (const key of frontier) {
      for (const other of next.get(key) ?? []) {
        if (hops.has(other)) continue;
        hops.set(other, (hops.get(key) ?? 0) + 1);
        following.push(other);
      }
    }
    frontier = following;
  }
  const farthest = Math.max(0, ...hops.values());
  for (const node of neighbourhood.nodes) if (!hops.has(node.key)) hops.set(node.key, farthest + 1);
  return hops;
}
