// Side by side on one Neo4j holding the bench graph: the project API against @neo4j/graphql, five queries, A/B interleaved.

import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { benchArticleCount, loadBenchGraph } from './bench-graph.ts';
import { openBenchGraph, machineLine } from './bench-neo4j.ts';
import { findAnchors, queryPairs, type QueryPair } from './compare/compare-queries.ts';
import { cpuMs, neo4jPid } from './compare/process-cpu.ts';
import { differenceBetween } from './compare/same-answer.ts';
import { printUsageWhenAsked } from './bench-usage.ts';

printUsageWhenAsked(`
Usage: node bench/compare.bench.ts [--articles N]   (npm run bench:compare)
The project API against @neo4j/graphql on one Neo4j holding the realistic bench graph: five analyst queries,
a check that both sides return the same ids, interleaved rounds with autocannon (32 connections, response cache
off), then the project's cached p99. Ends with one JSON line of the figures.
  --articles N     articles in the bench graph (default 4000; or BENCH_ARTICLES)
  BENCH_SECONDS    seconds per side per round (default 6)
  BENCH_ROUNDS     interleaved rounds (default 3)
  BENCH_QUERIES    comma-separated names to measure (event,speaker_claims,events_in_year,timeline,search)
Starts a scratch Neo4j unless NEO4J_URI is set (a graph already holding the bench corpus is reused).
`);

const seconds = Number(process.env.BENCH_SECONDS ?? 6);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = 32;
/** BENCH_QUERIES=timeline,speaker_claims runs only those (the check of equal answers still covers all five). */
const only = process.env.BENCH_QUERIES?.split(',').filter(Boolean) ?? [];

interface Figures {
  requests: number;
  seconds: number;
  /** CPU milliseconds spent by the side's server process, and by Neo4j, during the measured runs. */
  serverCpuMs: number;
  neo4jCpuMs: number;
  p50: number[];
  p99: number[];
  errors: number;
}

type Side = 'project' | 'neo4jGraphql';

/** Starts one side as its own process (so autocannon does not share its event loop) and waits for its URL. */
async function startServer(
  side: string,
  env: NodeJS.ProcessEnv,
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL('./compare/serve.ts', import.meta.url)), side],
    {
      // Both sides as deployed (the Dockerfile sets it): graphql-js skips its development-mode checks.
      env: { ...process.env, NODE_ENV: 'production', ...env },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const url = await new Promise<string>((resolve, reject) => {
    lines.on('line', (line) => {
      if (line.startsWith('listening ')) resolve(line.slice('listening '.length));
    });
    child.once('exit', (code) => reject(new Error(`${side} server exited with ${code}`)));
  });
  return { url, child };
}

async function post(url: string, body: { query: string; variables: Record<string, unknown> }) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (json.errors || !json.data) throw new Error(`${url}: ${JSON.stringify(json.errors)}`);
  return json.data;
}

async function load(url: string, body: object, duration: number) {
  return autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    connections,
    duration,
  });
}

function add(figures: Figures, result: autocannon.Result, duration: number): void {
  figures.requests += result.requests.total;
  figures.seconds += duration;
  figures.p50.push(result.latency.p50);
  figures.p99.push(result.latency.p99);
  figures.errors += result.errors + result.non2xx;
}

const empty = (): Figures => ({
  requests: 0,
  seconds: 0,
  serverCpuMs: 0,
  neo4jCpuMs: 0,
  p50: [],
  p99: [],
  errors: 0,
});
/** "server + Neo4j" CPU milliseconds per request, or null where /proc could not tell. */
const cpuPerRequest = (f: Figures) =>
  f.requests > 0 && f.serverCpuMs > 0 && f.neo4jCpuMs > 0
    ? `${(f.serverCpuMs / f.requests).toFixed(1)} + ${(f.neo4jCpuMs / f.requests).toFixed(1)}`
    : null;
const rps = (f: Figures) => f.requests / f.seconds;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const worst = (xs: number[]) => Math.max(...xs);

console.log(`machine: ${machineLine()}`);
const articleCount = benchArticleCount();
const { graph, close } = await openBenchGraph();
const servers: ChildProcess[] = [];
try {
  const summary = await loadBenchGraph(graph, articleCount, { log: console.log });
  console.log(
    `bench graph: ${summary.articles} articles, ${summary.nodes} nodes, ${summary.relationships} relationships` +
      (summary.reused ? ' (already loaded)' : ` (generated and ingested in ${summary.seconds.toFixed(0)} s)`),
  );
  const target = { NEO4J_URI: graph.uri };
  const project = await startServer('project', {
    ...target,
    KG_CACHE_TTL_MS: '0',
    KG_LOG_LEVEL: 'silent',
    KG_MAX_COST: '1000000',
  });
  const cached = await startServer('project', {
    ...target,
    KG_CACHE_TTL_MS: '60000',
    KG_LOG_LEVEL: 'silent',
    KG_MAX_COST: '1000000',
  });
  const neo = await startServer('neo4j-graphql', target);
  servers.push(project.child, cached.child, neo.child);
  const urls: Record<Side, string> = { project: project.url, neo4jGraphql: neo.url };
  // CPU per request of each side (its server plus Neo4j) is steadier than req/s on a shared machine.
  const pidOf: Record<Side, number | undefined> = { project: project.child.pid, neo4jGraphql: neo.child.pid };
  const neo4jProcess = neo4jPid(new URL(graph.uri.replace(/^\w+(\+\w+)?:/, 'http:')).port);

  const pairs: QueryPair[] = queryPairs(await findAnchors(graph));
  for (const pair of pairs) {
    const difference = differenceBetween(
      pair.name,
      await post(urls.project, pair.project),
      await post(urls.neo4jGraphql, pair.neo4jGraphql),
    );
    if (difference) throw new Error(`${pair.name}: the two sides disagree: ${difference}`);
  }
  console.log('check: both sides return the same ids for all five queries');

  const results = [];
  console.log(
    `\n${rounds} interleaved rounds of ${seconds} s per side, ${connections} connections, response cache off`,
  );
  console.log(
    '| query | project p50 ms | project p99 ms | project req/s | @neo4j/graphql p50 ms | @neo4j/graphql p99 ms | @neo4j/graphql req/s | ratio | project cached p99 ms | CPU ms/request project (server + Neo4j) | CPU ms/request @neo4j/graphql (server + Neo4j) |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const pair of pairs.filter((candidate) => only.length === 0 || only.includes(candidate.name))) {
    const figures: Record<Side, Figures> = { project: empty(), neo4jGraphql: empty() };
    // Warm both (JIT, query plans) before measuring.
    for (const side of ['project', 'neo4jGraphql'] as const) await load(urls[side], pair[side], 2);
    for (let round = 0; round < rounds; round += 1) {
      const order: Side[] = round % 2 === 0 ? ['project', 'neo4jGraphql'] : ['neo4jGraphql', 'project'];
      for (const side of order) {
        const pids = [pidOf[side], neo4jProcess];
        const before = pids.map(cpuMs);
        add(figures[side], await load(urls[side], pair[side], seconds), seconds);
        const after = pids.map(cpuMs);
        figures[side].serverCpuMs += (after[0] ?? 0) - (before[0] ?? 0);
        figures[side].neo4jCpuMs += (after[1] ?? 0) - (before[1] ?? 0);
      }
    }
    // Served from the response cache: the first request fills it (warm-up), the measured ones hit it.
    const withCache = empty();
    await load(cached.url, pair.project, 1);
    add(withCache, await load(cached.url, pair.project, Math.max(3, Math.round(seconds / 2))), 1);
    const row = {
      name: pair.name,
      project_rps: Math.round(rps(figures.project)),
      neo4j_graphql_rps: Math.round(rps(figures.neo4jGraphql)),
      ratio: Number((rps(figures.project) / rps(figures.neo4jGraphql)).toFixed(2)),
      project_p50_ms: median(figures.project.p50),
      project_p99_ms: worst(figures.project.p99),
      neo4j_graphql_p50_ms: median(figures.neo4jGraphql.p50),
      neo4j_graphql_p99_ms: worst(figures.neo4jGraphql.p99),
      project_cached_p99_ms: worst(withCache.p99),
      project_cpu_ms_per_request: cpuPerRequest(figures.project),
      neo4j_graphql_cpu_ms_per_request: cpuPerRequest(figures.neo4jGraphql),
      errors: figures.project.errors + figures.neo4jGraphql.errors + withCache.errors,
    };
    results.push(row);
    console.log(
      `| ${row.name} | ${row.project_p50_ms} | ${row.project_p99_ms} | ${row.project_rps} | ${row.neo4j_graphql_p50_ms} | ${row.neo4j_graphql_p99_ms} | ${row.neo4j_graphql_rps} | ${row.ratio} | ${row.project_cached_p99_ms} | ${row.project_cpu_ms_per_request ?? '-'} | ${row.neo4j_graphql_cpu_ms_per_request ?? '-'} |`,
    );
  }
  console.log(JSON.stringify({ articles: summary.articles, queries: results }));
} finally {
  for (const child of servers) child.stdin?.end();
  await close();
}
