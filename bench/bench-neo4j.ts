// Gives a benchmark a Neo4j: NEO4J_URI when set, else a fresh local server in a temporary folder.

import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { neo4jTarget } from '../src/db/neo4j-target.ts';
import { startLocalNeo4j } from '../src/db/start-local-neo4j.ts';
import { openGraph, type Graph } from '../src/graph/driver.ts';
import { migrate } from '../src/graph/migrations.ts';
import { freePort } from '../src/db/free-port.ts';

export interface BenchGraph {
  graph: Graph;
  close(): Promise<void>;
}

export async function openBenchGraph(): Promise<BenchGraph> {
  const config = loadConfig();
  if (config.neo4j.uri) {
    const graph = await openGraph(neo4jTarget(config));
    await migrate(graph);
    return { graph, close: () => graph.close() };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'kg-bench-neo4j-'));
  const server = await startLocalNeo4j({
    projectRoot: config.projectRoot,
    local: { ...config.local, dataDir, port: await freePort(), heap: '2g', pageCache: '512m' },
    username: config.neo4j.username,
    password: config.neo4j.password,
  });
  const graph = await openGraph(neo4jTarget(config, server.uri));
  await migrate(graph);
  return {
    graph,
    async close() {
      await graph.close();
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** One line naming the machine, printed with every figure. */
export function machineLine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model ?? 'unknown CPU'} x${cpu.length}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${process.platform}`;
}
