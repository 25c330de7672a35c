// Ingest throughput: the batched one-transaction-per-article writer against a statement-per-fact writer.

import { openBenchGraph, machineLine } from './bench-neo4j.ts';
import { articleVariants } from './corpus-variants.ts';
import { writeArticleNaively } from './naive-writer.ts';
import { writeArticle } from '../src/graph/write-article.ts';
import type { Extraction } from '../src/model/extraction.ts';
import type { Graph } from '../src/graph/driver.ts';

const count = Number(process.argv[2] ?? 1000);
const naiveCount = Number(process.argv[3] ?? 100);
const concurrency = 2;

async function timed(
  label: string,
  graph: Graph,
  articles: Extraction[],
  write: (graph: Graph, e: Extraction) => Promise<unknown>,
) {
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < articles.length) {
      const article = articles[next++] as Extraction;
      await write(graph, article);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const rate = articles.length / seconds;
  console.log(
    `${label}: ${articles.length} articles in ${seconds.toFixed(2)} s = ${rate.toFixed(1)} articles/s`,
  );
  return rate;
}

console.log(`machine: ${machineLine()}`);
const articles = articleVariants(count);
const { graph, close } = await openBenchGraph();
try {
  await graph.driver.executeQuery('MATCH (n) DETACH DELETE n');
  const batched = await timed('batched writer (1 tx/article, UNWIND)', graph, articles, writeArticle);
  const { records } = await graph.driver.executeQuery('MATCH (n) RETURN count(n) AS n');
  console.log(`graph after batched ingest: ${records[0]?.get('n')} nodes`);
  await graph.driver.executeQuery('MATCH (n) DETACH DELETE n');
  const naive = await timed(
    'naive writer (1 statement/fact)',
    graph,
    articles.slice(0, naiveCount),
    writeArticleNaively,
  );
  console.log(`ratio batched/naive: ${(batched / naive).toFixed(1)}x (concurrency ${concurrency})`);
} finally {
  await close();
}
