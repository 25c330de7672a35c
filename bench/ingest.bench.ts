// Ingest throughput: the batched one-transaction-per-article writer against a statement-per-fact writer.

import { openBenchGraph, machineLine } from './bench-neo4j.ts';
import { articleVariants } from './corpus-variants.ts';
import { writeArticleNaively } from './naive-writer.ts';
import { writeArticle } from '../src/graph/write-article.ts';
import type { Extraction } from '../src/model/extraction.ts';
import type { Graph } from '../src/graph/driver.ts';

const count = Number(process.argv[2] ?? 1000);
const naiveCount = Number(process.argv[3] ?? 100);
const concurrency = Number(process.argv[4] ?? 2);
const warmUp = 200;

async function timed(
  label: string,
  graph: Graph,
  articles: Extraction[],
  concurrency: number,
  write: (graph: Graph, e: Extraction) => Promise<unknown>,
): Promise<number> {
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < articles.length) await write(graph, articles[next++] as Extraction);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const rate = articles.length / seconds;
  console.log(
    `${label}, concurrency ${concurrency}: ${articles.length} articles in ${seconds.toFixed(2)} s = ${rate.toFixed(1)} articles/s`,
  );
  return rate;
}

async function emptyGraph(graph: Graph): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

console.log(`machine: ${machineLine()}`);
const articles = articleVariants(count);
const { graph, close } = await openBenchGraph();
try {
  // Neo4j compiles its query plans and the JVM its hot code over the first few hundred
  // transactions; the figures below are for a warmed-up server, on an emptied graph.
  await timed(
    'warm-up (not counted)',
    graph,
    articleVariants(warmUp).map((e) => ({ ...e, article: { ...e.article, id: `warm-${e.article.id}` } })),
    concurrency,
    writeArticle,
  );
  await emptyGraph(graph);
  const batched = await timed(
    'batched writer (1 tx/article, UNWIND)',
    graph,
    articles,
    concurrency,
    writeArticle,
  );
  const { records } = await graph.driver.executeQuery('MATCH (n) RETURN count(n) AS n');
  console.log(`graph after batched ingest: ${records[0]?.get('n')} nodes`);
  // The ratio compares both writers on the same articles, one at a time (the naive writer has no retries).
  await emptyGraph(graph);
  const batchedOne = await timed(
    'batched writer (1 tx/article, UNWIND)',
    graph,
    articles.slice(0, naiveCount),
    1,
    writeArticle,
  );
  await emptyGraph(graph);
  const naive = await timed(
    'naive writer (1 statement/fact)',
    graph,
    articles.slice(0, naiveCount),
    1,
    writeArticleNaively,
  );
  console.log(`batched/naive on the same ${naiveCount} articles: ${(batchedOne / naive).toFixed(1)}x`);
  console.log(
    `batched over ${count} articles at concurrency ${concurrency}: ${batched.toFixed(1)} articles/s`,
  );
} finally {
  await close();
}
