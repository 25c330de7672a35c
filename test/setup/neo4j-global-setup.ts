// Vitest global setup: one real Neo4j for the run (ephemeral, free port) unless NEO4J_URI is set; migrated.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/db/start-local-neo4j.ts';
import { neo4jTarget } from '../../src/db/neo4j-target.ts';
import { openGraph, type Neo4jTarget } from '../../src/graph/driver.ts';
import { migrate } from '../../src/graph/migrations.ts';
import { freePort } from '../../src/db/free-port.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTarget & { local: boolean; dataDir: string | null };
  }
}

let server: LocalNeo4j | null = null;
let dataDir: string | null = null;

export async function setup(project: TestProject): Promise<void> {
  const config = loadConfig();
  let target: Neo4jTarget;
  if (config.neo4j.uri) {
    target = neo4jTarget(config);
  } else {
    dataDir = await mkdtemp(join(tmpdir(), 'kg-test-neo4j-'));
    const port = await freePort();
    server = await startLocalNeo4j({
      projectRoot: config.projectRoot,
      local: { ...config.local, port, dataDir, heap: '768m', pageCache: '64m' },
      username: config.neo4j.username,
      password: config.neo4j.password,
      log: (line) => console.log(`[neo4j] ${line}`),
    });
    console.log(`[neo4j] test server ready at ${server.uri}`);
    target = neo4jTarget(config, server.uri);
  }
  const graph = await openGraph(target);
  await migrate(graph);
  await graph.close();
  project.provide('neo4j', { ...target, local: server !== null, dataDir });
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
