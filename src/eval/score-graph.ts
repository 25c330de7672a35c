// Cross-article event identity (GUIDE.md): do the articles reporting one real event land on one graph node?

import type { NamedEntity, ServedEvent } from '../graph/read-article-events.ts';
import type { Ratio } from './counts.ts';
import type { Gold } from './gold.ts';
import { matchEvents } from './match-events.ts';
import { namesOfEntity, namesOfGoldRef } from './names.ts';

/** One article as the graph serves it, beside its gold. */
export interface ArticleInGraph {
  article: string;
  gold: Gold;
  events: ServedEvent[];
  entities: NamedEntity[];
}

export interface GraphScore {
  /** Pairs of articles reporting one required gold key whose events are one node. */
  linkRecall: Ratio;
  /** Pairs of reports from different articles sharing a node that are one gold key. */
  linkPrecision: Ratio;
  /** Required gold keys reported by two or more articles, and the nodes each landed on. */
  multiArticleEvents: Array<{ key: string; articles: Array<{ article: string; node: string | null }> }>;
  /** Distinct nodes per multi-article key (over the articles where the event was found at all). */
  nodesPerEvent: number;
  /** Nodes holding reports of different gold events (or of none): the wrong merges. */
  mixedNodes: Array<{ node: string; reports: Array<{ article: string; key: string | null }> }>;
}

export function scoreGraph(articles: readonly ArticleInGraph[]): GraphScore {
  // For each article: gold key -> node, and node -> gold key (null for an event the gold does not name).
  const nodeOfKey = new Map<string, Map<string, string>>();
  const reportsOfNode = new Map<string, Array<{ article: string; key: string | null }>>();
  const requiredKeys = new Map<string, string[]>();
  for (const { article, gold, events, entities } of articles) {
    const byId = new Map(entities.map((entity) => [entity.id, entity]));
    const namesOf = (id: string | null) => {
      const entity = id === null ? undefined : byId.get(id);
      return entity ? namesOfEntity(entity) : new Set<string>();
    };
    const assignment = matchEvents(events, gold.events, namesOf, (ref) => namesOfGoldRef(ref, gold.entities));
    const keys = new Map<string, string>();
    events.forEach((event, index) => {
      const goldIndex = assignment.matched.get(index);
      const key = goldIndex === undefined ? null : (gold.events[goldIndex]?.key ?? null);
      if (key !== null) keys.set(key, event.id);
      const reports = reportsOfNode.get(event.id) ?? [];
      reports.push({ article, key });
      reportsOfNode.set(event.id, reports);
    });
    nodeOfKey.set(article, keys);
    for (const event of gold.events) {
      if (event.optional || !event.key) continue;
      requiredKeys.set(event.key, [...(requiredKeys.get(event.key) ?? []), article]);
    }
  }

  const linkRecall: Ratio = { hit: 0, total: 0 };
  const multiArticleEvents: GraphScore['multiArticleEvents'] = [];
  let nodeCount = 0;
  let counted = 0;
  for (const [key, reporters] of [...requiredKeys].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (reporters.length < 2) continue;
    const nodes = reporters.map((article) => nodeOfKey.get(article)?.get(key) ?? null);
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        linkRecall.total++;
        if (nodes[i] !== null && nodes[i] === nodes[j]) linkRecall.hit++;
      }
    multiArticleEvents.push({
      key,
      articles: reporters.map((article, i) => ({ article, node: nodes[i] ?? null })),
    });
    const found = new Set(nodes.filter((node) => node !== null));
    if (found.size > 0) {
      nodeCount += found.size;
      counted++;
    }
  }

  const linkPrecision: Ratio = { hit: 0, total: 0 };
  const mixedNodes: GraphScore['mixedNodes'] = [];
  for (const [node, reports] of reportsOfNode) {
    const wrongBefore = linkPrecision.total - linkPrecision.hit;
    for (let i = 0; i < reports.length; i++)
      for (let j = i + 1; j < reports.length; j++) {
        const a = reports[i];
        const b = reports[j];
        if (!a || !b || a.article === b.article || (a.key === null && b.key === null)) continue;
        linkPrecision.total++;
        if (a.key !== null && a.key === b.key) linkPrecision.hit++;
      }
    if (linkPrecision.total - linkPrecision.hit > wrongBefore) mixedNodes.push({ node, reports });
  }
  return {
    linkRecall,
    linkPrecision,
    multiArticleEvents,
    nodesPerEvent: counted === 0 ? 0 : nodeCount / counted,
    mixedNodes,
  };
}
