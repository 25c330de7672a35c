// Renders the cross-article figures of `kg eval --graph` (and, with --detail, where each real event landed).

import { share } from './counts.ts';
import type { GraphScore } from './score-graph.ts';

export function linkF1(score: GraphScore): number {
  const p = share(score.linkPrecision);
  const r = share(score.linkRecall);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function formatGraphScore(score: GraphScore): string {
  const { linkPrecision: lp, linkRecall: lr } = score;
  return [
    'cross-article event identity (one real event = one node)',
    `  link precision  ${share(lp).toFixed(2)}  (${lp.hit} of ${lp.total} pairs of reports on one node are one gold event)`,
    `  link recall     ${share(lr).toFixed(2)}  (${lr.hit} of ${lr.total} pairs of articles reporting one gold event share its node)`,
    `  link F1         ${linkF1(score).toFixed(2)}`,
    `  nodes per multi-article event  ${score.nodesPerEvent.toFixed(2)}  (${score.multiArticleEvents.length} events reported by 2+ articles; 1.00 is perfect)`,
  ].join('\n');
}

export function formatGraphDetail(score: GraphScore): string {
  const out = ['', '## multi-article events and the nodes they landed on'];
  for (const { key, articles } of score.multiArticleEvents) {
    const nodes = new Set(articles.map((a) => a.node).filter((n) => n !== null));
    out.push(`  ${key}: ${nodes.size} node${nodes.size === 1 ? '' : 's'}`);
    for (const { article, node } of articles)
      out.push(`    ${article.padEnd(40)} ${node ?? '(not found in this article)'}`);
  }
  if (score.mixedNodes.length > 0)
    out.push('', '## nodes holding reports of different gold events (wrong merges)');
  for (const { node, reports } of score.mixedNodes) {
    out.push(`  ${node}`);
    for (const { article, key } of reports) out.push(`    ${article.padEnd(40)} ${key ?? '(no gold event)'}`);
  }
  return out.join('\n');
}

export function graphScoreAsJson(score: GraphScore): unknown {
  return {
    linkPrecision: share(score.linkPrecision),
    linkRecall: share(score.linkRecall),
    linkF1: linkF1(score),
    nodesPerMultiArticleEvent: score.nodesPerEvent,
    pairs: { precision: score.linkPrecision, recall: score.linkRecall },
    multiArticleEvents: score.multiArticleEvents,
    mixedNodes: score.mixedNodes,
  };
}
