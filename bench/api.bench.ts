// API latency and throughput under concurrent load (autocannon) over the realistic bench graph (bench/bench-graph.ts).

import autocannon from 'autocannon';
import { listenApi } from '../src/api/listen.ts';
import { loadConfig } from '../src/config.ts';
import { benchArticleCount, loadBenchGraph } from './bench-graph.ts';
import { openBenchGraph, machineLine } from './bench-neo4j.ts';
import { findAnchors } from './compare/compare-queries.ts';
import { printUsageWhenAsked } from './bench-usage.ts';

printUsageWhenAsked(`
Usage: node bench/api.bench.ts [--articles N]
API latency and throughput with autocannon (32 connections) over the realistic bench graph, five analyst queries,
as served (response cache on) and with every request reaching Neo4j.
  --articles N    articles in the bench graph (default 4000; or BENCH_ARTICLES)
  BENCH_SECONDS   seconds per query and mode (default 10)
Starts a scratch Neo4j unless NEO4J_URI is set (a graph already holding the bench corpus is reused).
`);

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 32;

console.log(`machine: ${machineLine()}`);
const { graph, close } = await openBenchGraph();
try {
  const summary = await loadBenchGraph(graph, benchArticleCount(), { log: console.log });
  console.log(
    `graph: ${summary.articles} articles, ${summary.nodes} nodes, ${summary.relationships} relationships`,
  );
  // The busiest event, the most quoted person and that person's surname (see bench/compare).
  const { eventId, speakerId, searchText } = await findAnchors(graph);
  const QUERIES: Record<string, string> = {
    'event with claims': `{ event(id: "${eventId}") { label date location { name }
      claims { kind stance text speaker { name } provenance { sentence } } } }`,
    'claims by a speaker': `{ claims(filter: { speakerId: "${speakerId}" }, first: 20) { totalCount nodes { text kind provenance { article { title } } } } }`,
    'bilateral Russia-Germany': `{ bilateral(a: "country:RUS", b: "country:DEU", from: "2019-01-01", to: "2020-12-31") { events { type date } aSaidAboutB { text } bSaidAboutA { text } } }`,
    'full-text search': `{ search(text: "${searchText}", first: 10) { score entity { name } claim { text } } }`,
    'entity timeline': `{ timeline(entityId: "${speakerId}", from: "2019-01-01", to: "2019-12-31") { date event { type } claim { text } } }`,
  };
  // Measured twice: as served (response cache on, the default) and with every request reaching Neo4j.
  for (const cacheTtl of ['5000', '0']) {
    const config = loadConfig({ KG_LOG_LEVEL: 'silent', KG_MAX_COST: '100000', KG_CACHE_TTL_MS: cacheTtl });
    const api = await listenApi({ graph, config, log: () => undefined }, '127.0.0.1', 0);
    try {
      console.log(
        `\nresponse cache ${cacheTtl === '0' ? 'off' : `on (KG_CACHE_TTL_MS=${cacheTtl})`}, ${seconds} s per query`,
      );
      console.log(`| query | connections | p50 ms | p99 ms | requests/s | errors |`);
      console.log(`| --- | --- | --- | --- | --- | --- |`);
      for (const [name, query] of Object.entries(QUERIES)) {
        const body = JSON.stringify({ query });
        const check = await fetch(api.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        const checked = (await check.json()) as { errors?: unknown };
        if (checked.errors) throw new Error(`${name}: ${JSON.stringify(checked.errors)}`);
        const result = await autocannon({
          url: api.url,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          connections,
          duration: seconds,
        });
        console.log(
          `| ${name} | ${connections} | ${result.latency.p50} | ${result.latency.p99} | ${result.requests.average.toFixed(0)} | ${result.errors + result.non2xx} |`,
        );
      }
    } finally {
      await api.close();
    }
  }
} finally {
  await close();
}
