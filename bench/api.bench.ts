// API latency and throughput under concurrent load (autocannon) over a graph of >= 1,000 articles.

import autocannon from 'autocannon';
import { listenApi } from '../src/api/listen.ts';
import { loadConfig } from '../src/config.ts';
import { writeArticle } from '../src/graph/write-article.ts';
import { openBenchGraph, machineLine } from './bench-neo4j.ts';
import { articleVariants } from './corpus-variants.ts';

const articleCount = Number(process.argv[2] ?? 1000);
const seconds = Number(process.argv[3] ?? 10);
const connections = 32;

const QUERIES: Record<string, string> = {
  'event with claims (Khan Sheikhoun attack)': `{ events(filter: { types: [ATTACK], locationId: "place:khan-sheikhoun" }, first: 5) {
      totalCount nodes { label date location { name } claims { kind stance text speaker { name } provenance { sentence } } } } }`,
  'claims by a speaker': `{ claims(filter: { speakerId: "person:sergey-lavrov" }, first: 20) { totalCount nodes { text kind provenance { article { title } } } } }`,
  'bilateral US-Russia': `{ bilateral(a: "country:USA", b: "country:RUS", from: "2017-04-01", to: "2017-04-30") { events { type date } aSaidAboutB { text } bSaidAboutA { text } } }`,
  'full-text search': `{ search(text: "Lavrov", first: 10) { score entity { name } claim { text } } }`,
  'entity timeline': `{ timeline(entityId: "person:rex-tillerson", from: "2017-04-01", to: "2017-04-30") { date event { type } claim { text } } }`,
};

console.log(`machine: ${machineLine()}`);
const { graph, close } = await openBenchGraph();
try {
  await graph.driver.executeQuery('MATCH (n) DETACH DELETE n');
  for (const extraction of articleVariants(articleCount)) await writeArticle(graph, extraction);
  console.log(`graph: ${articleCount} articles ingested`);
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
