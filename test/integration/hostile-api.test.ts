// Hostile operations and bodies: refused up front with a typed code, stopped when over budget, never a 500.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import neo4j from 'neo4j-driver';
import type { Graph } from '../../src/graph/driver.ts';
import { freePort } from '../../src/db/free-port.ts';
import { writeArticle } from '../../src/graph/write-article.ts';
import { extractArticle } from '../../src/extract/index.ts';
import { parseArticle } from '../../src/article/parse-article.ts';
import { encodeCursor } from '../../src/api/api-errors.ts';
import { createTestApi } from '../support/test-api.ts';
import { emptyGraph, openTestGraph } from '../support/test-graph.ts';

const ARTICLE = `---
id: hostile-geneva
title: Ministers meet in Geneva
published: 2019-05-02
---
Russian Foreign Minister Sergey Lavrov met Secretary of State Mike Pompeo in Geneva on Wednesday.

"We had a useful conversation," Pompeo told reporters after the meeting.
`;

/** The same Neo4j behind a slow network: every statement waits `delayMs` before it is sent. */
function slowGraph(graph: Graph, delayMs: number, sent: { count: number }): Graph {
  const driver = new Proxy(graph.driver, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property !== 'session' || typeof value !== 'function')
        return typeof value === 'function' ? value.bind(target) : value;
      return (...args: unknown[]) => {
        const session = (value as (...a: unknown[]) => { run: (...a: unknown[]) => unknown }).apply(
          target,
          args,
        );
        const run = session.run.bind(session);
        return Object.assign(session, {
          run: (...runArgs: unknown[]) => {
            const delayed = new Promise((resolve) => setTimeout(resolve, delayMs)).then(() => {
              sent.count += 1;
              return run(...runArgs);
            });
            // The driver's Result is thenable: awaiting the delayed promise is enough for the reader.
            return delayed;
          },
        });
      };
    },
  });
  return { ...graph, driver };
}

describe('hostile operations', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openTestGraph();
    await emptyGraph(graph);
    const extraction = extractArticle(parseArticle({ baseId: 'x', text: ARTICLE, sidecar: null }, {}));
    await writeArticle(graph, extraction);
  });
  afterAll(async () => graph.close());

  it('refuses the deep articles→entities→events→participants query before any Cypher runs', async () => {
    const api = createTestApi(graph);
    const result = await api.gql(
      '{ articles(first: 500) { entities { events { participants { entity { events { participants { entity { events { id } } } } } } } } } }',
    );
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0]?.message).toMatch(
      /could return about .* values; the limit is 100000 \(KG_MAX_COST\)/,
    );
    expect(api.roundTrips()).toBe(0);
  });

  it('counts aliases inside __schema, and a document of 1,000 of them is over the token limit', async () => {
    const api = createTestApi(graph);
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: types { name }`).join(' ');
    const hundred = await api.gql(`{ __schema { ${aliases(100)} } }`);
    expect(hundred.status).toBe(400);
    expect(hundred.errors?.[0]?.message).toBe('operation uses 100 aliases; the limit is 30 (KG_MAX_ALIASES)');
    const thousand = await api.gql(`{ __schema { ${aliases(1000)} } }`);
    expect(thousand.status).toBe(400);
    expect(thousand.errors?.[0]?.message).toBe(
      'the query has more than 2000 tokens (KG_MAX_TOKENS); split it into smaller operations',
    );
  });

  it('sizes the cost by the `first` a variable gives', async () => {
    const api = createTestApi(graph, { KG_MAX_COST: '1000' });
    const query = 'query($n: Int) { articles(first: $n) { id title } }';
    expect((await api.gql(query, { n: 10 })).errors).toBeUndefined();
    const big = await api.gql(query, { n: 500 });
    expect(big.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('stops an operation at its wall-clock budget with QUERY_TIMEOUT and sends no more Cypher', async () => {
    const sent = { count: 0 };
    const api = createTestApi(slowGraph(graph, 400, sent), { KG_OPERATION_TIMEOUT_MS: '300' });
    const started = Date.now();
    const result = await api.gql('{ articles(first: 5) { entities { events { id } } } }');
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(result.status).toBe(504);
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
    expect(result.errors?.[0]?.message).toMatch(/ran past its 300 ms budget \(KG_OPERATION_TIMEOUT_MS\)/);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(sent.count).toBeLessThanOrEqual(1);
  });

  it('stops the execution when the client disconnects', async () => {
    const sent = { count: 0 };
    const api = createTestApi(slowGraph(graph, 300, sent));
    const controller = new AbortController();
    const pending = api
      .fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ articles(first: 5) { entities { events { participants { role } } } } }',
        }),
        signal: controller.signal,
      })
      .catch(() => null);
    setTimeout(() => controller.abort(), 100);
    await pending;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    // Unstopped, the three nested levels would each send a statement.
    expect(sent.count).toBeLessThanOrEqual(1);
  });

  it('caps the response size', async () => {
    const api = createTestApi(graph, { KG_MAX_RESPONSE_BYTES: '1000' });
    const result = await api.gql(
      `{ ${['a', 'b', 'c', 'd', 'e'].map((alias) => `${alias}: articles { text title }`).join(' ')} }`,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('RESPONSE_TOO_LARGE');
    expect(result.errors?.[0]?.message).toMatch(/the limit is 1000 \(KG_MAX_RESPONSE_BYTES\)/);
  });

  it('refuses a chunked body with no Content-Length once it passes the limit, without reading the rest', async () => {
    const api = createTestApi(graph, { KG_MAX_BODY_BYTES: '10000' });
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1024;
        controller.enqueue(new Uint8Array(1024).fill(32));
      },
    });
    const response = await api.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: endless,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: Array<{ message: string }> }).errors[0]?.message).toBe(
      'request body is over 10000 bytes (KG_MAX_BODY_BYTES); send a smaller operation',
    );
    expect(pulled).toBeLessThan(20_000);
  });
});

describe('bad arguments are BAD_USER_INPUT with HTTP 400', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openTestGraph();
  });
  afterAll(async () => graph.close());

  it.each([
    [
      'connection from an entity to itself',
      '{ connection(from: "country:RUS", to: "country:RUS") { length } }',
      'from and to are the same entity; pass two different entity ids',
    ],
    [
      'search with 600 words',
      `{ search(text: "${'word '.repeat(600)}") { score } }`,
      'text has 600 words; search with at most 32',
    ],
    [
      'search with a 1,000-character word',
      `{ search(text: "${'a'.repeat(1000)}") { score } }`,
      'text has a word of 1000 characters; words may have at most 100',
    ],
    [
      'a cursor beyond 2^31',
      `{ events(after: "${encodeCursor(2 ** 40)}") { totalCount } }`,
      'after is not a cursor this API returned; pass pageInfo.endCursor from a previous page',
    ],
    [
      'a list literal 3,000 deep',
      `{ search(text: ${'['.repeat(3000)}"x"${']'.repeat(3000)}) { score } }`,
      'the query nests lists, objects or selections 3002 levels deep; the limit is 64: pass flat values (a list of strings, not lists of lists)',
    ],
  ])('%s', async (_name, query, message) => {
    const result = await createTestApi(graph).gql(query);
    expect(result.errors?.[0]?.message).toBe(message);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.status).toBe(400);
  });

  it('an offset beyond 2^31 is refused by the Int type, with 400', async () => {
    const result = await createTestApi(graph).gql('{ articles(offset: 3000000000) { id } }');
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(/Int cannot represent non 32-bit signed integer value/);
  });
});

describe('Neo4j down', () => {
  it('answers SERVICE_UNAVAILABLE with 503 quickly, /ready within 2 s, and mutations do not hang', async () => {
    const target = inject('neo4j');
    // A port nobody listens on: connections are refused, as when Neo4j has died.
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const driver = neo4j.driver(uri, neo4j.auth.basic(target.username, target.password), {
      logging: { level: 'error', logger: () => undefined },
    });
    const dead: Graph = { driver, database: target.database, uri, close: () => driver.close() };
    const api = createTestApi(dead, { KG_API_TOKEN: 't' });

    let started = Date.now();
    const query = await api.gql('{ articles { title } }');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(query.status).toBe(503);
    expect(query.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(query.errors?.[0]?.message).toBe('the graph database is not answering; try again shortly');

    started = Date.now();
    const ready = await api.fetch('/ready');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(ready.status).toBe(503);

    started = Date.now();
    const mutation = await api.gql(
      'mutation { retractArticle(id: "x") { id } }',
      {},
      { authorization: 'bearer t' },
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(mutation.status).toBe(503);
    expect(mutation.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    await dead.driver.close();
  });
});

describe('HTTP hardening', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openTestGraph();
  });
  afterAll(async () => graph.close());

  const preflight = (api: ReturnType<typeof createTestApi>, origin: string) =>
    api.fetch('/graphql', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST' },
    });

  it('never echoes an unconfigured origin with credentials', async () => {
    const open = await preflight(createTestApi(graph), 'https://evil.example');
    // "*" (the default) lets any page read, never with the user's credentials.
    expect(open.headers.get('access-control-allow-credentials')).toBeNull();

    const api = createTestApi(graph, { KG_CORS_ORIGINS: 'https://app.example,https://other.example' });
    const evil = await preflight(api, 'https://evil.example');
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect(evil.headers.get('access-control-allow-credentials')).toBeNull();
    const app = await preflight(api, 'https://app.example');
    expect(app.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(app.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('refuses form-encoded and text/plain POSTs (CSRF) with 415, before executing', async () => {
    const api = createTestApi(graph, { KG_API_TOKEN: 't' });
    for (const type of [
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'text/plain',
    ]) {
      const response = await api.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': type },
        body: 'query=mutation%20%7B%20retractArticle(id%3A%22x%22)%20%7B%20id%20%7D%20%7D',
      });
      expect(response.status).toBe(415);
      const body = (await response.json()) as { errors: Array<{ message: string }> };
      expect(body.errors[0]?.message).toMatch(
        /^POST bodies must be sent as "Content-Type: application\/json"/,
      );
    }
    expect(api.roundTrips()).toBe(0);
  });

  it('accepts the read token with "bearer" in any case, like mutations', async () => {
    const api = createTestApi(graph, { KG_API_TOKEN: 't', KG_PROTECT_READS: 'true' });
    expect((await api.gql('{ articles { id } }')).status).toBe(401);
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
      const result = await api.gql('{ articles { id } }', {}, { authorization: `${scheme} t` });
      expect(result.status, scheme).toBe(200);
    }
  });

  it('serves GraphiQL compressed, with an ETag and cache headers', async () => {
    const api = createTestApi(graph);
    const page = await api.fetch('/graphql', {
      headers: { accept: 'text/html', 'accept-encoding': 'gzip, br' },
    });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-encoding')).toBe('br');
    expect(page.headers.get('cache-control')).toBe('public, max-age=3600');
    const compressed = new Uint8Array(await page.arrayBuffer());
    const html = (await import('node:zlib')).brotliDecompressSync(compressed).toString('utf8');
    expect(html).toContain('<title>Diplomatic-event knowledge graph</title>');
    expect(compressed.byteLength).toBeLessThan(Buffer.byteLength(html) / 3);
    const again = await api.fetch('/graphql', {
      headers: { accept: 'text/html', 'if-none-match': page.headers.get('etag') ?? '' },
    });
    expect(again.status).toBe(304);
  });
});
