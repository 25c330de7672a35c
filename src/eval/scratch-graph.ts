// A throw-away local Neo4j for `kg eval --graph` and the benchmarks: a fresh data folder on a free port, removed afterwards.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { freePort } from '../db/free-port.ts';
import { neo4jTarget } from '../db/neo4j-target.ts';
import { startLocalNeo4j } from '../db/start-local-neo4j.ts';
import { openGraph, type Graph } from '../graph/driver.ts';
import { migrate } from '../graph/migrations.ts';

export interface ScratchGraph {
  graph: Graph;
  close(): Promise<void>;
}

/** Never NEO4J_URI: scoring needs an empty graph, and a user's data is not scratch. */
export async function openScratchGraph(
  config: Config,
  log: (line: string) => void,
  memory: { heap: string; pageCache: string } = { heap: '1g', pageCache: '128m' },
): Promise<ScratchGraph> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kg-eval-neo4j-'));
  const server = await startLocalNeo4j({
    projectRoot: config.projectRoot,
    local: { ...config.local, dataDir, port: await freePort(), ...memory },
    username: config.neo4j.username,
    password: config.neo4j.password,
    log,
  }).catch(async (error: unknown) => {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  });
  const close = async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const graph = await openGraph(neo4jTarget(config, server.uri));
    await migrate(graph);
    return {
      graph,
      async close() {
        await graph.close();
        await close();
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}
