// End to end: the explorer page in headless Chromium over the seeded graph: search, the neighbourhood,
// the contested view of an attack and a claim's sentence highlighted in its article.

import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { listenApi, type RunningApi } from '../../src/api/listen.ts';
import { loadConfig, PROJECT_ROOT } from '../../src/config.ts';
import type { Graph } from '../../src/graph/driver.ts';
import { ingestFiles } from '../../src/ingest/ingest-files.ts';
import { emptyGraph, openTestGraph } from '../support/test-graph.ts';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI)
  throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)`);

/** The page talks to a real Neo4j on a shared machine: give each step time. */
const SOON = { timeout: 30_000 };

/** Screenshots of each step, for people (git-ignored). */
const SHOTS = join(PROJECT_ROOT, 'test-results', 'explorer');

describe('the explorer at /explore', () => {
  let graph: Graph;
  let api: RunningApi;
  let root: string;
  let context: BrowserContext | null = null;
  let profile: string | null = null;

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
    root = api.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await context?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
    await api.close();
    await graph.close();
  });

  it('serves the page, its modules and cytoscape from the project, and GraphiQL links to it', async () => {
    const page = await fetch(`${root}/explore`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('/explore/app/main.ts');
    const module = await fetch(`${root}/explore/app/neighbourhood.ts`);
    expect(module.headers.get('content-type')).toContain('text/javascript');
    const code = await module.text();
    expect(code).toContain('export function entityNeighbourhood');
    expect(code).not.toMatch(/export interface/); // types are stripped for the browser
    const vendor = await fetch(`${root}/explore/vendor/cytoscape.mjs`);
    expect(vendor.status).toBe(200);
    expect(await vendor.text()).toContain('export{');
    expect((await fetch(`${root}/explore/../../package.json`)).status).not.toBe(200);
    expect((await fetch(`${root}/explore/app/missing.ts`)).status).toBe(404);
    const graphiql = await fetch(api.url, { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).toContain('href="/explore"');
  });

  async function openBrowser(): Promise<Page> {
    profile = await mkdtemp(join(tmpdir(), 'kg-explorer-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1400, height: 900 },
    });
    await mkdir(SHOTS, { recursive: true });
    const page = context.pages()[0] ?? (await context.newPage());
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(root)) problems.push(`left the server: ${request.url()}`);
    });
    (page as Page & { problems: string[] }).problems = problems;
    return page;
  }

  it.runIf(haveChromium)(
    'search Lavrov, open him, see the talks and Tillerson; the attack with both sides; a claim in its article',
    async () => {
      const page = await openBrowser();
      await page.goto(`${root}/explore`);

      // 1. Search as you type, choose with the keyboard.
      await page.locator('#search').pressSequentially('Lavrov', { delay: 30 });
      await expect
        .poll(() => page.locator('#search-results [role="option"]').first().innerText(), SOON)
        .toContain('Sergey Lavrov');
      await page.locator('#search').press('Enter');
      await expect.poll(() => page.locator('#panel h2').innerText(), SOON).toBe('Sergey Lavrov');
      expect(new URL(page.url()).searchParams.get('entity')).toBe('person:sergey-lavrov');
      await expect
        .poll(async () => Number(await page.locator('#graph').getAttribute('data-nodes')), SOON)
        .toBeGreaterThan(5);
      await page.screenshot({ path: join(SHOTS, '1-lavrov.png') });
      // The picture answers the keyboard: an arrow key steps to a node, Enter opens it in the panel.
      await page.locator('#graph').focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.locator('#status').innerText(), SOON).toContain('Enter opens it');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#panel h2').innerText(), SOON).not.toBe('Sergey Lavrov');
      expect(new URL(page.url()).searchParams.get('entity')).not.toBe('person:sergey-lavrov');
      // The list alternative holds what the picture shows: the talks and Tillerson around him.
      await page.locator('#tab-list').click();
      const list = page.locator('#list');
      await expect
        .poll(() => list.locator('a[data-kind="Person"]', { hasText: 'Rex Tillerson' }).count(), SOON)
        .toBeGreaterThan(0);
      const rows = (await list.locator('table.connections tbody tr').allInnerTexts()).map((row) =>
        row.replace(/\s+/g, ' '),
      );
      expect(rows).toContainEqual(expect.stringMatching(/^Rex Tillerson attendee meeting at Moscow/));
      expect(rows).toContainEqual(expect.stringMatching(/^Sergey Lavrov attendee meeting at Moscow/));
      // Expanding Tillerson adds his other counterparts (he also met Putin).
      const before = await list.locator('li[data-key]').count();
      await list.locator('li[data-key="person:rex-tillerson"] button').click();
      await expect.poll(() => list.locator('li[data-key="person:vladimir-putin"]').count(), SOON).toBe(1);
      expect(await list.locator('li[data-key]').count()).toBeGreaterThan(before);
      await page.locator('#tab-graph').click();

      // 2. The Khan Sheikhoun attack: the claims asserting and denying responsibility, side by side.
      await page.locator('#search').fill('');
      await page.locator('#search').pressSequentially('attack Khan', { delay: 30 });
      const attack = page.locator('#search-results [role="option"][data-kind="Event"]', {
        hasText: 'attack at Khan Sheikhoun',
      });
      await attack.first().click({ timeout: 30_000 });
      await expect
        .poll(() => page.locator('#panel h2').innerText(), SOON)
        .toContain('attack at Khan Sheikhoun');
      expect(new URL(page.url()).searchParams.get('event')).toMatch(/\S/);
      const asserting = page.locator('#panel .side.asserts li');
      const denying = page.locator('#panel .side.denies li');
      await expect.poll(() => asserting.count(), SOON).toBeGreaterThan(0);
      expect(await asserting.allInnerTexts()).toContainEqual(expect.stringContaining('United States'));
      expect(await denying.allInnerTexts()).toContainEqual(expect.stringContaining('Russia'));
      await page.screenshot({ path: join(SHOTS, '2-attack.png') });

      // 3. A claim opens on its article, its sentence marked, the claim's words inside it.
      await denying
        .filter({ has: page.locator('a[data-kind="Country"]', { hasText: /^Russia$/ }) })
        .locator('a.claim-link')
        .click();
      const mark = page.locator('#panel mark.sentence');
      await mark.waitFor({ timeout: 30_000 });
      expect(await mark.innerText()).toBe(
        'Russian Federation - refusing to concede that Assad - was behind the attacks.',
      );
      expect(await mark.locator('.claim-words').innerText()).toBe(
        'refusing to concede that Assad - was behind the attacks',
      );
      expect(new URL(page.url()).searchParams.get('claim')).toMatch(/#c\d+$/);
      await page.screenshot({ path: join(SHOTS, '3-provenance.png') });

      // Back returns to the attack; the address, opened afresh, shows the same claim.
      const shared = page.url();
      await page.goBack();
      await expect
        .poll(() => page.locator('#panel h2').innerText(), SOON)
        .toContain('attack at Khan Sheikhoun');
      await page.goto(shared);
      await expect.poll(() => page.locator('#panel mark.sentence').count(), SOON).toBe(1);
      expect((page as Page & { problems: string[] }).problems).toEqual([]);
    },
  );
});
