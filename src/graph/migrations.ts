// Schema migrations: constraints and indexes, each statement idempotent (IF NOT EXISTS).

import { BACKFILL_SPEAKER_ORDER } from './claim-speaker-order.ts';
import type { Graph } from './driver.ts';

/** Every node key is unique; names, aliases and claim text are full-text searchable; events filter by date and type. */
export const MIGRATIONS: readonly string[] = [
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE',
  // One lock node: MERGE on it must never create two.
  'CREATE CONSTRAINT resolution_lock_name IF NOT EXISTS FOR (l:ResolutionLock) REQUIRE l.name IS UNIQUE',
  // Event resolution looks up reports of one type anchored in a window of days.
  'CREATE INDEX reports_type_anchor IF NOT EXISTS FOR ()-[r:REPORTS]-() ON (r.type, r.anchor)',
  // Eventually consistent: commits do not wait for Lucene, which would otherwise dominate ingest time.
  `CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText]
   OPTIONS { indexConfig: { \`fulltext.eventually_consistent\`: true } }`,
  `CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (c:Claim) ON EACH [c.text]
   OPTIONS { indexConfig: { \`fulltext.eventually_consistent\`: true } }`,
  'CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date)',
  'CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type)',
  'CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)',
  'CREATE INDEX claim_kind IF NOT EXISTS FOR (c:Claim) ON (c.kind)',
  // A speaker's claims newest first straight from the index (see claim-speaker-order.ts).
  'CREATE INDEX claim_speaker_order IF NOT EXISTS FOR (c:Claim) ON (c.speakerOrder)',
];

/** Data the indexes above need on graphs written before them; each statement idempotent and batched. */
export const BACKFILLS: readonly string[] = [BACKFILL_SPEAKER_ORDER];

/** Applies every migration and waits until the indexes are online. */
export async function migrate(graph: Graph): Promise<number> {
  for (const statement of MIGRATIONS) {
    await graph.driver.executeQuery(statement, {}, { database: graph.database });
  }
  // Batched statements (IN TRANSACTIONS) need an auto-commit transaction: session.run, not executeQuery.
  const session = graph.driver.session({ database: graph.database });
  try {
    for (const statement of BACKFILLS) await session.run(statement);
  } finally {
    await session.close();
  }
  await graph.driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database: graph.database });
  return MIGRATIONS.length;
}
