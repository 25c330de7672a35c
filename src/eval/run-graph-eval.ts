// Ingests an evaluation folder into a graph and scores it per article and as one graph (cross-article identity).

import { extractArticle } from '../extract/index.ts';
import type { Graph } from '../graph/driver.ts';
import { readArticleEvents } from '../graph/read-article-events.ts';
import { writeArticles } from '../graph/write-articles.ts';
import type { Extraction } from '../model/extraction.ts';
import { loadEvalArticles, sumScores, type EvalArticle, type EvalReport } from './run-eval.ts';
import { scoreArticle } from './score-article.ts';
import { scoreGraph, type GraphScore } from './score-graph.ts';

export interface GraphEvalOptions {
  /** Ingest order: a permutation of the articles sorted by name (tests vary it); name order by default. */
  order?: (articles: EvalArticle[]) => EvalArticle[];
  /** Write transactions at once (as `kg ingest --concurrency`). */
  concurrency?: number;
  /** Articles per write transaction (as `kg ingest --batch`); 1 by default. */
  batchSize?: number;
  onIngested?: (done: number, total: number) => void;
}

export interface GraphEvalReport {
  report: EvalReport;
  graph: GraphScore;
  /** Article id -> the graph event ids it reports, to compare partitions between runs. */
  eventsByArticle: Map<string, string[]>;
}

/** `graph` should be empty: what it already holds takes part in resolution. */
export async function runGraphEval(
  graph: Graph,
  dir: string,
  options: GraphEvalOptions = {},
): Promise<GraphEvalReport> {
  const { articles, skipped } = await loadEvalArticles(dir);
  const extracted = articles.map((entry) => ({ entry, extraction: extractArticle(entry.article) }));
  const ordered = (options.order ?? ((list) => list))(articles).map(
    (entry) =>
      extracted.find((item) => item.entry === entry) as { entry: EvalArticle; extraction: Extraction },
  );
  const batchSize = Math.max(1, options.batchSize ?? 1);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < ordered.length) {
      const batch = ordered.slice(next, next + batchSize);
      next += batch.length;
      await writeArticles(
        graph,
        batch.map((item) => item.extraction),
      );
      done += batch.length;
      options.onIngested?.(done, ordered.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));

  const rows = extracted.map(({ entry, extraction }) => ({
    article: entry.base,
    score: scoreArticle(extraction, entry.gold),
  }));
  const inGraph = [];
  const eventsByArticle = new Map<string, string[]>();
  for (const { entry, extraction } of extracted) {
    const served = await readArticleEvents(graph, extraction.article.id);
    eventsByArticle.set(extraction.article.id, served.events.map((event) => event.id).sort());
    inGraph.push({ article: entry.base, gold: entry.gold, ...served });
  }
  return {
    report: { rows, overall: sumScores(rows.map((row) => row.score)), skipped },
    graph: scoreGraph(inGraph),
    eventsByArticle,
  };
}
