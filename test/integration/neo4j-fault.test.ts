// Neo4j stopped in the middle of an ingest: the run reports what is left, and a rerun completes it exactly.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/db/start-local-neo4j.ts';
import type { Driver } from 'neo4j-driver';
import { openGraph, type Graph } from '../../src/graph/driver.ts';
import { migrate } from '../../src/graph/migrations.ts';
import { ingestFiles } from '../../src/ingest/ingest-files.ts';
import { freePort } from '../../src/db/free-port.ts';
import { writeArticleVariants } from '../support/article-variants.ts';
import { countGraph, countOrphans, emptyGraph } from '../support/test-graph.ts';

const config = loadConfig();
const local = inject('neo4j').local; // a private server can only be started where we start servers

describe.runIf(local)('Neo4j going away mid-run', () => {
  let dir: string;
  let dataDir: string;
  let port: number;
  let files: string[];
  let server: LocalNeo4j | null = null;
  let graph: Graph | null = null;

  const start = async (): Promise<Graph> => {
    server = await startLocalNeo4j({
      projectRoot: config.projectRoot,
      local: { ...config.local, port, dataDir, heap: '512m', pageCache: '32m' },
      username: config.neo4j.username,
      password: config.neo4j.password,
    });
    graph = await openGraph({
      uri: server.uri,
      username: config.neo4j.username,
      password: config.neo4j.password,
      database: undefined,
    });
    await migrate(graph);
    return graph;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-fault-'));
    dataDir = join(dir, 'data');
    port = await freePort();
    files = await writeArticleVariants(dir, 24);
  });
  afterAll(async () => {
    await graph?.close().catch(() => undefined);
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  // Batches of 2: the server stops after the second, while ten more are still to be written.
  const BATCH = 2;

  // Two server starts and a driver that retries for a while before giving up: minutes on a busy machine.
  it(
    'rolls back the current batch, reports the rest as not done, and a rerun ends with the uninterrupted graph',
    { timeout: 300_000 },
    async () => {
      let live = await start();
      await ingestFiles(files, { graph: live, concurrency: 1, batchSize: BATCH, maxBytes: 1_000_000 });
      const uninterrupted = await countGraph(live);
      expect(uninterrupted.nodes).toBeGreaterThan(24);
      await emptyGraph(live);

      let stopping: Promise<void> | null = null;
      // Once the stop has begun, the next write waits for the server to be gone: however fast a warm server
      // writes the remaining batches, the run meets a stopped Neo4j.
      const writesAfterStop: Graph = { ...live, driver: waitingForStop(live.driver, () => stopping) };
      const interrupted = await ingestFiles(files, {
        graph: writesAfterStop,
        concurrency: 1,
        batchSize: BATCH,
        maxBytes: 1_000_000,
        onFileDone: (_outcome, finished) => {
          if (finished === 4 && !stopping) stopping = server!.stop();
        },
      });
      await stopping;
      expect(interrupted.aborted).toMatch(/lost the connection to Neo4j/);
      expect(interrupted.done).toBeGreaterThanOrEqual(4);
      expect(interrupted.notDone).toBeGreaterThan(0);
      expect(interrupted.done + interrupted.notDone + interrupted.failed).toBe(files.length);
      await live.close();

      live = await start();
      expect(await countOrphans(live)).toEqual({ events: 0, entities: 0, claims: 0 });
      const rerun = await ingestFiles(files, {
        graph: live,
        concurrency: 1,
        batchSize: BATCH,
        maxBytes: 1_000_000,
      });
      expect(rerun.failed).toBe(0);
      expect(rerun.notDone).toBe(0);
      // A graceful stop may let the in-flight transaction commit after the client saw the error: then the rerun
      // finds that batch's articles unchanged, never half-written.
      const unchanged = rerun.files.filter((file) => file.outcome === 'unchanged').length;
      expect(unchanged).toBeGreaterThanOrEqual(interrupted.done);
      expect(unchanged).toBeLessThanOrEqual(interrupted.done + BATCH);
      expect(await countGraph(live)).toEqual(uninterrupted);
    },
  );
});

/** The driver, with each write transaction started only after `stopping()` (when set) has settled. */
function waitingForStop(driver: Driver, stopping: () => Promise<void> | null): Driver {
  return new Proxy(driver, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (property !== 'session') return typeof value === 'function' ? value.bind(target) : value;
      return (...args: Parameters<Driver['session']>) => {
        const session = target.session(...args);
        const executeWrite = session.executeWrite.bind(session);
        session.executeWrite = async (work, config) => {
          await stopping();
          return executeWrite(work, config);
        };
        return session;
      };
    },
  });
}
