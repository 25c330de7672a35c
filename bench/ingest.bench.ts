// Ingest throughput on the realistic corpus through `kg ingest`'s pipeline: cold, warm, and against a statement-per-fact writer.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBenchGraph, machineLine } from './bench-neo4j.ts';
import { benchCorpus, type BenchArticle } from './bench-corpus.ts';
import { writeArticleNaively } from './naive-writer.ts';
import { cpuMs, neo4jPid } from './compare/process-cpu.ts';
import { ingestFiles } from '../src/ingest/ingest-files.ts';
import { extractArticleFile } from '../src/ingest/extract-article-file.ts';
import type { Graph } from '../src/graph/driver.ts';

const HELP = `Usage: node bench/ingest.bench.ts [--articles N] [--cold N] [--naive N] [--concurrency N]
  --articles N     articles of the realistic corpus to ingest (default 4000)
  --cold N         the first N are written to a freshly started Neo4j and count as cold (default 1000)
  --naive N        articles for the statement-per-fact comparison (default 100)
  --concurrency N  kg ingest --concurrency (default 2)
Starts a scratch Neo4j unless NEO4J_URI is set (then that database is EMPTIED). Ends with one JSON line.`;

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a positive integer`);
  return value;
}

if (process.argv.includes('--help')) {
  console.log(HELP);
  process.exit(0);
}
const count = flag('articles', 4000);
const coldCount = Math.min(flag('cold', 1000), count - 1);
const naiveCount = flag('naive', 100);
const concurrency = flag('concurrency', 2);

/** A news feed arrives in publication order, stories interleaved. */
function feedOrder(articles: BenchArticle[]): BenchArticle[] {
  return [...articles].sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
}

async function emptyGraph(graph: Graph): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

/** CPU is the steadier figure on a shared machine: Neo4j's and this process's (all threads) per article. */
function cpuNow(graph: Graph): { neo4j: number | null; client: number } {
  const port = new URL(graph.uri.replace(/^\w+(\+\w+)?:/, 'http:')).port;
  const usage = process.cpuUsage();
  return { neo4j: cpuMs(neo4jPid(port)), client: (usage.user + usage.system) / 1000 };
}

async function ingestTimed(label: string, graph: Graph, files: string[], width: number): Promise<number> {
  const cpuBefore = cpuNow(graph);
  const started = performance.now();
  // The rate per stretch of 250 articles shows how long start-up (JIT, query plans) costs.
  const stretch = 250;
  const curve: string[] = [];
  let stretchStarted = started;
  const summary = await ingestFiles(files, {
    graph,
    concurrency: width,
    maxBytes: 1 << 20,
    onFileDone: (_, finished) => {
      if (finished % stretch !== 0) return;
      const now = performance.now();
      curve.push((stretch / ((now - stretchStarted) / 1000)).toFixed(0));
      stretchStarted = now;
    },
  });
  const seconds = (performance.now() - started) / 1000;
  if (summary.failed > 0 || summary.notDone > 0) {
    throw new Error(`${label}: ${summary.failed} failed, ${summary.notDone} not done`);
  }
  const rate = files.length / seconds;
  console.log(
    `${label}: ${files.length} articles in ${seconds.toFixed(2)} s = ${rate.toFixed(1)} articles/s` +
      (curve.length > 1 ? ` (per ${stretch}: ${curve.join(', ')})` : ''),
  );
  const cpuAfter = cpuNow(graph);
  const perArticle = (before: number | null, after: number | null) =>
    before === null || after === null ? '?' : ((after - before) / files.length).toFixed(1);
  console.log(
    `  CPU per article: Neo4j ${perArticle(cpuBefore.neo4j, cpuAfter.neo4j)} ms, kg ingest ${perArticle(cpuBefore.client, cpuAfter.client)} ms`,
  );
  return rate;
}

console.log(`machine: ${machineLine()}`);
const folder = mkdtempSync(join(tmpdir(), 'kg-ingest-bench-'));
const files = feedOrder(benchCorpus(count)).map((article, index) => {
  const file = join(folder, `${String(index).padStart(6, '0')}-${article.id}.md`);
  writeFileSync(file, article.text);
  return file;
});
const { graph, close } = await openBenchGraph();
try {
  await emptyGraph(graph);
  // Cold: the first articles meet a Neo4j that has compiled no plan yet and a process with no JIT.
  const cold = await ingestTimed(`cold, first ${coldCount}`, graph, files.slice(0, coldCount), concurrency);
  const warm = await ingestTimed(
    `warm, next ${count - coldCount}`,
    graph,
    files.slice(coldCount),
    concurrency,
  );
  const { records } = await graph.driver.executeQuery('MATCH (n) RETURN count(n) AS n');
  console.log(`graph after ${count} articles: ${records[0]?.get('n')} nodes`);

  // Both writers on the same articles, one at a time (the naive writer has no retries).
  const sample = files.slice(0, naiveCount);
  await emptyGraph(graph);
  const pipeline = await ingestTimed(`kg ingest, concurrency 1`, graph, sample, 1);
  await emptyGraph(graph);
  const startedNaive = performance.now();
  for (const file of sample)
    await writeArticleNaively(graph, await extractArticleFile(file, { maxBytes: 1 << 20 }));
  const naive = sample.length / ((performance.now() - startedNaive) / 1000);
  console.log(
    `statement-per-fact writer: ${naive.toFixed(1)} articles/s; kg ingest is ${(pipeline / naive).toFixed(1)}x`,
  );
  console.log(
    JSON.stringify({
      articles_per_s_warm: Number(warm.toFixed(1)),
      articles_per_s_cold: Number(cold.toFixed(1)),
      naive_articles_per_s: Number(naive.toFixed(1)),
      vs_naive: Number((pipeline / naive).toFixed(1)),
      articles: count,
      concurrency,
    }),
  );
} finally {
  await close();
  rmSync(folder, { recursive: true, force: true });
}
