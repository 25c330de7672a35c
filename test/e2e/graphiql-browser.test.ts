// End to end: a real HTTP server and headless Chromium running GraphiQL's example operation.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { listenApi, type RunningApi } from '../../src/api/listen.ts';
import { loadConfig, PROJECT_ROOT } from '../../src/config.ts';
import type { Graph } from '../../src/graph/driver.ts';
import { ingestFiles } from '../../src/ingest/ingest-files.ts';
import { emptyGraph, openTestGraph } from '../support/test-graph.ts';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI)
  throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)`);

describe('over HTTP', () => {
  let graph: Graph;
  let api: RunningApi;
  let browser: Browser | null = null;

  beforeAll(async () => {
    graph = await openTestGraph();
    await emptyGraph(graph);
    await ingestFiles([join(PROJECT_ROOT, 'seeds', 'articles', '000_378aaa2b4c064df4.txt')], {
      graph,
      concurrency: 1,
      maxBytes: 1_000_000,
    });
    api = await listenApi(
      { graph, config: loadConfig({ KG_LOG_LEVEL: 'silent' }), log: () => undefined },
      '127.0.0.1',
      0,
    );
  });
  afterAll(async () => {
    await browser?.close();
    await api.close();
    await graph.close();
  });

  it('answers a GraphQL POST, /health and /ready', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ articles { title } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { articles: [{ title: "Trump declares US-Russia relations may be at 'all-time low'" }] },
    });
    expect((await fetch(api.url.replace('/graphql', '/health'))).status).toBe(200);
    const ready = await fetch(api.url.replace('/graphql', '/ready'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true });
  });

  it.runIf(haveChromium)(
    'runs the example operation in GraphiQL and shows data in the result pane',
    async () => {
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      });
      const page = await browser.newPage();
      await page.goto(api.url, { waitUntil: 'load' });
      const run = page.locator('.graphiql-execute-button');
      await run.waitFor({ timeout: 30_000 });
      await run.click();
      // With several operations GraphiQL asks which one to run: take the first (AttackWithClaims).
      const choice = page.locator('.graphiql-dropdown-item, [role="menuitem"]').first();
      if (await choice.isVisible({ timeout: 2_000 }).catch(() => false)) await choice.click();
      const result = page.locator('.graphiql-response .CodeMirror, .graphiql-response');
      await expect
        .poll(async () => (await result.first().innerText()).includes('"data"'), { timeout: 30_000 })
        .toBe(true);
      // Monaco renders spaces as no-break spaces and wraps long lines: compare on normalised whitespace.
      const text = (await result.first().innerText()).replace(/\s+/g, ' ');
      expect(text).toContain('"location": { "name": "Khan Sheikhoun" }');
      expect(text).not.toContain('"errors"');
    },
  );
});
