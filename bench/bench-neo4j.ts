// Gives a benchmark a Neo4j: NEO4J_URI when set, else a fresh local server in a temporary folder.

import { cpus, totalmem } from 'node:os';
import { loadConfig } from '../src/config.ts';
import { neo4jTarget } from '../src/db/neo4j-target.ts';
import { openGraph, type Graph } from '../src/graph/driver.ts';
import { migrate } from '../src/graph/migrations.ts';
import { openScratchGraph } from '../src/eval/scratch-graph.ts';

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
  return openScratchGraph(config, () => undefined, { heap: '2g', pageCache: '512m' });
}

/** One line naming the machine, printed with every figure. */
export function machineLine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model ?? 'unknown CPU'} x${cpu.length}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${process.platform}`;
}
