// Reliability under hostile input: replays abusive requests while 32 connections read and an ingest runs.
// Asserts /health answers within 1 s, no 5xx, the server's memory stays under a bound, every article lands.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadConfig, PROJECT_ROOT } from '../src/config.ts';
import { writeArticle } from '../src/graph/write-article.ts';
import { freePort } from '../src/db/free-port.ts';
import { writeArticleVariants } from '../test/support/article-variants.ts';
import { openBenchGraph, machineLine } from './bench-neo4j.ts';
import { articleVariants } from './corpus-variants.ts';
import { printUsageWhenAsked } from './bench-usage.ts';

printUsageWhenAsked(`
Usage: node bench/hostile.bench.ts [SECONDS] [ARTICLES]
Replays hostile requests while 32 connections read and an ingest runs; fails (exit 1) when /health takes over
1 s, any request gets a 5xx, the server passes 1 GiB or an article is lost.
  SECONDS    length of the run (default 30)
  ARTICLES   articles loaded before the run (default 300)
Starts a scratch Neo4j unless NEO4J_URI is set.
`);

const seconds = Number(process.argv[2] ?? 30);
const preloaded = Number(process.argv[3] ?? 300);
const ingested = 100;
const HEALTH_BOUND_MS = 1_000;
const RSS_BOUND_MB = 1_024;

const deep = (n: number) =>
  `{ articles(first: ${n}) { entities { events { participants { entity { events { participants { entity { events { id } } } } } } } } } }`;
const HOSTILE: Record<string, () => RequestInit & { path?: string }> = {
  'deep nested query, first: 20': () => post({ query: deep(20) }),
  'deep nested query, first: 500': () => post({ query: deep(500) }),
  '1,000 aliases inside __schema': () =>
    post({
      query: `{ __schema { ${Array.from({ length: 1000 }, (_, i) => `a${i}: types { name }`).join(' ')} } }`,
    }),
  '25 aliases of nested introspection': () =>
    post({
      query: `{ __schema { ${Array.from({ length: 25 }, (_, i) => `a${i}: types { fields { type { fields { type { name } } } } }`).join(' ')} } }`,
    }),
  'list literal 3,000 deep': () =>
    post({ query: `{ search(text: ${'['.repeat(3000)}"x"${']'.repeat(3000)}) { score } }` }),
  'search with 600 words': () => post({ query: `{ search(text: "${'word '.repeat(600)}") { score } }` }),
  'search with a 1,000-character word': () =>
    post({ query: `{ search(text: "${'a'.repeat(1000)}") { score } }` }),
  'connection from X to X': () =>
    post({ query: '{ connection(from: "country:USA", to: "country:USA") { length } }' }),
  'cursor beyond 2^31': () =>
    post({
      query: `{ events(after: "${Buffer.from(`offset:${2 ** 40}`).toString('base64url')}") { totalCount } }`,
    }),
  'form-encoded POST': () => ({
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'query=%7B%20articles%20%7B%20id%20%7D%20%7D',
  }),
  '50 MB chunked upload, no Content-Length': () => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: chunkedBody(50 * 2 ** 20),
    duplex: 'half',
  }),
  'standard introspection query (allowed)': () => post({ query: INTROSPECTION }),
};

const INTROSPECTION = (await import('graphql')).getIntrospectionQuery();

function post(body: unknown): RequestInit {
  return {
    method: 'POST',
    // As modern clients ask (GraphQL over HTTP): refusals come back with their 4xx status.
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  };
}

function chunkedBody(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      sent += 65_536;
      controller.enqueue(new Uint8Array(65_536).fill(32));
    },
  });
}

console.log(`machine: ${machineLine()}`);
const { graph, close } = await openBenchGraph();
const dir = await mkdtemp(join(tmpdir(), 'kg-hostile-'));
const problems: string[] = [];
try {
  await graph.driver.executeQuery('MATCH (n) DETACH DELETE n');
  for (const extraction of articleVariants(preloaded)) await writeArticle(graph, extraction);
  const files = await writeArticleVariants(dir, ingested);
  for (let n = 1; n <= 3; n += 1) {
    // Same id as variant n, in front matter: one of each pair is refused, by name.
    const text = readFileSync(files[n - 1] as string, 'utf8');
    await writeFile(
      join(dir, `dup-${n}.txt`),
      text.replace('---\n', `---\nid: variant-${String(n).padStart(4, '0')}\n`),
    );
  }
  console.log(
    `graph: ${preloaded} articles; ingest during the run: ${ingested} files + 3 with a duplicate id`,
  );

  const port = await freePort();
  const config = loadConfig();
  const server = spawn(process.execPath, [join(PROJECT_ROOT, 'src', 'cli', 'main.ts'), 'serve'], {
    env: {
      ...process.env,
      NEO4J_URI: graph.uri,
      NEO4J_USERNAME: config.neo4j.username,
      NEO4J_PASSWORD: config.neo4j.password,
      KG_PORT: String(port),
      KG_HOST: '127.0.0.1',
      KG_LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('GraphiQL at') && resolve());
    server.once('exit', (code) => reject(new Error(`kg serve exited with ${code}`)));
  });
  const base = `http://127.0.0.1:${port}`;

  let running = true;
  const health: number[] = [];
  let healthFailures = 0;
  let peakRssMb = 0;
  const hostile = new Map<string, { count: number; statuses: Set<string>; worstMs: number }>();

  const probeHealth = async () => {
    while (running) {
      const started = performance.now();
      const ok = await fetch(`${base}/health`, { signal: AbortSignal.timeout(5_000) })
        .then((response) => response.ok)
        .catch(() => false);
      health.push(performance.now() - started);
      if (!ok) healthFailures += 1;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const sampleMemory = async () => {
    while (running) {
      const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peakRssMb = Math.max(peakRssMb, kb / 1024);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };
  const replayHostile = async () => {
    while (running) {
      for (const [name, make] of Object.entries(HOSTILE)) {
        if (!running) break;
        const started = performance.now();
        const status = await fetch(`${base}/graphql`, { ...make(), signal: AbortSignal.timeout(30_000) })
          .then(async (response) => {
            await response.arrayBuffer();
            return String(response.status);
          })
          .catch((error: unknown) => `closed (${(error as Error).cause ?? (error as Error).message})`);
        const entry = hostile.get(name) ?? { count: 0, statuses: new Set<string>(), worstMs: 0 };
        entry.count += 1;
        entry.statuses.add(status.replace(/\(.*/, '').trim());
        entry.worstMs = Math.max(entry.worstMs, performance.now() - started);
        hostile.set(name, entry);
        if (/^5/.test(status)) problems.push(`${name}: HTTP ${status}`);
      }
    }
  };

  // One of each request first: the figures are of a warm server, not of its first compilations.
  for (const make of Object.values(HOSTILE)) {
    await fetch(`${base}/graphql`, make())
      .then((response) => response.arrayBuffer())
      .catch(() => null);
  }

  const load = autocannon({
    url: `${base}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        '{ claims(filter: { speakerId: "person:sergey-lavrov" }, first: 20) { totalCount nodes { text } } }',
    }),
    connections: 32,
    duration: seconds,
  });
  const loadBefore = loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');
  const background = [probeHealth(), sampleMemory(), replayHostile()];
  // The ingest is another process, as an operator would run it: its CPU-bound extraction does not stall
  // this process's clocks.
  const ingestStarted = performance.now();
  const ingestRun = spawn(
    process.execPath,
    [join(PROJECT_ROOT, 'src', 'cli', 'main.ts'), 'ingest', dir, '--concurrency', '4', '--quiet'],
    { env: { ...process.env, NEO4J_URI: graph.uri }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let ingestOutput = '';
  ingestRun.stdout.on('data', (chunk: Buffer) => (ingestOutput += chunk.toString()));
  ingestRun.stderr.on('data', (chunk: Buffer) => (ingestOutput += chunk.toString()));
  await new Promise((resolve) => ingestRun.once('exit', resolve));
  const ingestMs = performance.now() - ingestStarted;
  const refused = (ingestOutput.match(/^failed: .* is also the id of /gm) ?? []).length;
  const summaryLine = /^ingested .*$/m.exec(ingestOutput)?.[0] ?? ingestOutput.trim();
  const result = await load;
  running = false;
  await Promise.all(background);
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));

  const { records } = await graph.driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n');
  const articles = records[0]?.get('n') as number;
  const expected = preloaded + ingested;
  const fiveXX = Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => code.startsWith('5'))
    .reduce((sum, [, stats]) => sum + (stats as { count: number }).count, 0);
  const worstHealth = Math.max(...health);
  if (worstHealth > HEALTH_BOUND_MS) problems.push(`/health took ${worstHealth.toFixed(0)} ms`);
  if (healthFailures > 0) problems.push(`/health failed ${healthFailures} times`);
  if (fiveXX > 0 || result.errors > 0) problems.push(`read load: ${fiveXX} 5xx, ${result.errors} errors`);
  if (peakRssMb > RSS_BOUND_MB) problems.push(`server RSS peaked at ${peakRssMb.toFixed(0)} MB`);
  if (articles !== expected) problems.push(`${articles} articles at the end, expected ${expected}`);
  if (refused !== 3) problems.push(`ingest: ${refused} duplicate ids refused, expected 3: ${summaryLine}`);

  console.log(`\nload average before the run: ${loadBefore}`);
  console.log(`\n${seconds} s; read load 32 connections; ingest ${ingested + 3} files at concurrency 4\n`);
  console.log('| figure | value | bound |');
  console.log('| --- | --- | --- |');
  console.log(`| read load requests/s | ${result.requests.average.toFixed(0)} | |`);
  console.log(`| read load p50 / p99 ms | ${result.latency.p50} / ${result.latency.p99} | |`);
  console.log(`| read load 5xx / errors | ${fiveXX} / ${result.errors} | 0 |`);
  console.log(
    `| /health worst / p99 ms (${health.length} probes) | ${worstHealth.toFixed(0)} / ${percentile(health, 0.99).toFixed(0)} | < ${HEALTH_BOUND_MS} |`,
  );
  console.log(`| server peak RSS MB | ${peakRssMb.toFixed(0)} | < ${RSS_BOUND_MB} |`);
  console.log(
    `| ingest s (${summaryLine}; ${refused} duplicate ids refused) | ${(ingestMs / 1000).toFixed(1)} | |`,
  );
  console.log(`| articles at the end | ${articles} | ${expected} |`);
  console.log('\n| hostile request | sent | statuses | worst ms |');
  console.log('| --- | --- | --- | --- |');
  for (const [name, entry] of hostile) {
    console.log(
      `| ${name} | ${entry.count} | ${[...entry.statuses].join(', ')} | ${entry.worstMs.toFixed(0)} |`,
    );
  }
  console.log(problems.length ? `\nFAILED:\n- ${problems.join('\n- ')}` : '\nall bounds held');
} finally {
  await close();
  await rm(dir, { recursive: true, force: true });
}
process.exitCode = problems.length ? 1 : 0;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}
