// Time to first render of an entity's neighbourhood in the explorer (headless Chromium) over >= 1,000 articles.

import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { listenApi } from '../src/api/listen.ts';
import { loadConfig } from '../src/config.ts';
import { writeArticle } from '../src/graph/write-article.ts';
import { openBenchGraph, machineLine } from './bench-neo4j.ts';
import { articleVariants } from './corpus-variants.ts';
import { printUsageWhenAsked } from './bench-usage.ts';

printUsageWhenAsked(`
Usage: node bench/explore.bench.ts [ARTICLES] [RUNS]
Time to first render of an entity's neighbourhood in the explorer, in Debian's Chromium (/usr/bin/chromium).
  ARTICLES   articles written before measuring (default 1000)
  RUNS       page loads per entity (default 5)
Starts a scratch Neo4j unless NEO4J_URI is set.
`);

const articleCount = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 5);
const CHROMIUM = '/usr/bin/chromium';
/** A person, a hub country and a place: small, large and event-centred neighbourhoods. */
const ENTITIES = ['person:sergey-lavrov', 'country:RUS', 'place:khan-sheikhoun'];

if (!existsSync(CHROMIUM)) {
  console.error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)`);
  process.exit(1);
}

console.log(`machine: ${machineLine()}`);
const load = (): string =>
  loadavg()
    .map((figure) => figure.toFixed(1))
    .join(' ');
const { graph, close } = await openBenchGraph();
const profile = await mkdtemp(join(tmpdir(), 'kg-bench-chromium-'));
try {
  await graph.driver.executeQuery('MATCH (n) DETACH DELETE n');
  for (const extraction of articleVariants(articleCount)) await writeArticle(graph, extraction);
  console.log(`graph: ${articleCount} articles ingested`);
  // The response cache is off: every render reaches Neo4j, the worst case for a first look.
  const config = loadConfig({ KG_LOG_LEVEL: 'silent', KG_CACHE_TTL_MS: '0' });
  const api = await listenApi({ graph, config, log: () => undefined }, '127.0.0.1', 0);
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
    viewport: { width: 1400, height: 900 },
  });
  try {
    const root = api.url.replace(/\/graphql$/, '');
    console.log(`\n${runs} page loads per entity after one cold load; times from navigation start`);
    console.log(`load average before: ${load()}`);
    console.log(
      '| entity | nodes | cold ms | best ms | median ms | worst ms | median query ms | median page CPU ms |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const id of ENTITIES) {
      const times: number[] = [];
      const queries: number[] = [];
      const cpu: number[] = [];
      let nodes = '';
      for (let run = 0; run <= runs; run += 1) {
        const page = await browser.newPage();
        const devtools = await browser.newCDPSession(page);
        await devtools.send('Performance.enable');
        await page.goto(`${root}/explore?entity=${encodeURIComponent(id)}`);
        const handle = await page.waitForFunction(() => document.body.dataset.rendered, null, {
          timeout: 60_000,
        });
        times.push(Number(await handle.jsonValue()));
        // CPU the page's main thread spent (load, scripts, layout, paint): unlike wall time, it does not
        // grow when other processes share the cores.
        const { metrics } = await devtools.send('Performance.getMetrics');
        cpu.push(Math.round((metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? -1) * 1000));
        // How long the one GraphQL request of the first render took, of the total.
        queries.push(
          await page.evaluate(() => {
            const request = performance
              .getEntriesByType('resource')
              .find((entry) => entry.name.endsWith('/graphql')) as PerformanceResourceTiming | undefined;
            return request ? Math.round(request.responseEnd - request.startTime) : -1;
          }),
        );
        if (process.env.EXPLORE_BENCH_DETAIL)
          console.log(
            await page.evaluate(() =>
              performance
                .getEntriesByType('mark')
                .map((mark) => `${mark.name} ${Math.round(mark.startTime)}`)
                .join(', '),
            ),
          );
        nodes = (await page.locator('#graph').getAttribute('data-nodes')) ?? '?';
        await page.close();
      }
      const [cold = 0, ...warm] = times;
      warm.sort((a, b) => a - b);
      const median = warm[Math.floor(warm.length / 2)] ?? cold;
      const middle = (list: number[]): number =>
        list.slice(1).sort((a, b) => a - b)[Math.floor(warm.length / 2)] ?? -1;
      console.log(
        `| ${id} | ${nodes} | ${cold} | ${warm[0] ?? cold} | ${median} | ${Math.max(...warm)} | ${middle(queries)} | ${middle(cpu)} |`,
      );
    }
    console.log(`load average after: ${load()}`);
  } finally {
    await browser.close();
    await api.close();
  }
} finally {
  await rm(profile, { recursive: true, force: true });
  await close();
}
