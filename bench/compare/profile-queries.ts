// Where a comparison query's time goes: the project's statements PROFILEd (db hits) and its Node CPU per request.
// NEO4J_URI=bolt://… node bench/compare/profile-queries.ts [query name]; PLAN=1 prints each plan, REPEAT=n requests.

import { createApi } from '../../src/api/server.ts';
import { loadConfig } from '../../src/config.ts';
import { neo4jTarget } from '../../src/db/neo4j-target.ts';
import { openGraph } from '../../src/graph/driver.ts';
import { recordingDriver, type SentStatement } from '../../test/support/recording-driver.ts';
import { findAnchors, queryPairs } from './compare-queries.ts';

interface PlanNode {
  operatorType: string;
  dbHits?: number;
  rows?: number;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** The plan as indented lines: operator, rows, db hits, details. */
function walk(plan: PlanNode, depth = 0, lines: string[] = []): string[] {
  const details = String(plan.arguments.Details ?? '').slice(0, 110);
  lines.push(`${'  '.repeat(depth)}${plan.operatorType} rows=${plan.rows} hits=${plan.dbHits} ${details}`);
  for (const child of plan.children) walk(child, depth + 1, lines);
  return lines;
}
const hits = (plan: PlanNode): number => (plan.dbHits ?? 0) + plan.children.reduce((s, c) => s + hits(c), 0);

const config = loadConfig({
  ...process.env,
  KG_LOG_LEVEL: 'silent',
  KG_CACHE_TTL_MS: process.env.KG_CACHE_TTL_MS ?? '0',
  KG_MAX_COST: '1000000',
});
const graph = await openGraph(neo4jTarget(config));
const sent: SentStatement[] = [];
const driver = recordingDriver(graph.driver, sent);
const api = createApi({ graph: { ...graph, driver }, config, log: () => undefined });
const ask = async (body: object) => {
  const response = await api.fetch(
    new Request('http://kg.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
  return response.text();
};
const only = process.argv[2];
const repeat = Number(process.env.REPEAT ?? 300);
for (const pair of queryPairs(await findAnchors(graph))) {
  if (only && pair.name !== only) continue;
  sent.length = 0;
  const answer = await ask(pair.project);
  console.log(`\n== ${pair.name}: ${sent.length} statement(s), ${answer.length} bytes`);
  for (const statement of sent.slice()) {
    const { summary } = await graph.driver.executeQuery(`PROFILE ${statement.cypher}`, statement.params);
    const plan = summary.profile as unknown as PlanNode;
    console.log(`db hits ${hits(plan)}`);
    if (process.env.PLAN) console.log(walk(plan).join('\n'));
  }
  for (let i = 0; i < 50; i += 1) await ask(pair.project);
  const before = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < repeat; i += 1) await ask(pair.project);
  const cpu = process.cpuUsage(before);
  console.log(
    `node CPU ${((cpu.user + cpu.system) / 1000 / repeat).toFixed(2)} ms/request, wall ${((performance.now() - started) / repeat).toFixed(2)} ms/request (sequential)`,
  );
}
await graph.close();
