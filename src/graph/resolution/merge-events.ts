// A curator's merge of events resolution left apart: reports move to the first event and stay pinned to it.

import type { Graph } from '../driver.ts';
import { toCypherParams } from '../cypher-params.ts';
import { DELETE_UNSUPPORTED } from '../article-queries.ts';
import { profileOf } from './event-profile.ts';
import { LOCK_EVENT_RESOLUTION, READ_EVENT_REPORTS, RELEASE_EVENT_RESOLUTION } from './resolution-queries.ts';
import { applyResolution, reportFromRecord } from './resolve-events.ts';

export class EventMergeError extends Error {}

const MAX_MERGED = 50;

/** Merges `ids` into `ids[0]` in one transaction; later ingests keep the merged reports together. */
export async function mergeEvents(graph: Graph, ids: readonly string[]): Promise<string> {
  const distinct = [...new Set(ids)];
  const [keepId] = distinct;
  if (distinct.length > MAX_MERGED) throw new EventMergeError(`merge at most ${MAX_MERGED} events at once`);
  if (keepId === undefined || distinct.length < 2)
    throw new EventMergeError('give at least two different event ids; the first is kept');
  const session = graph.driver.session({ database: graph.database });
  try {
    return await session.executeWrite(async (tx) => {
      const run = (cypher: string, params: Record<string, unknown>) => tx.run(cypher, toCypherParams(params));
      await run(LOCK_EVENT_RESOLUTION, { articleId: null });
      const records = (await run(READ_EVENT_REPORTS, { eventIds: distinct })).records;
      const existing = records.map((record) => ({
        report: { ...reportFromRecord(record.toObject()), pin: keepId },
        eventId: record.get('eventId') as string,
      }));
      const found = new Set(existing.map((placed) => placed.eventId));
      const missing = distinct.filter((id) => !found.has(id));
      if (missing.length > 0) throw new EventMergeError(`no event with id "${missing[0]}"`);
      const types = new Set(existing.map((placed) => placed.report.type));
      if (types.size > 1)
        throw new EventMergeError(`cannot merge events of different types (${[...types].sort().join(', ')})`);
      const articles = existing.map((placed) => placed.report.articleId);
      const twice = articles.find((article, index) => articles.indexOf(article) !== index);
      if (twice !== undefined)
        throw new EventMergeError(
          `article "${twice}" reports these as different events; edit or retract it before merging them`,
        );
      const reports = existing.map((placed) => placed.report);
      // Reports already on the kept event are pinned too, so they are never regrouped away from it.
      const resolution = { events: [{ id: keepId, reports, profile: profileOf(reports) }], nearMisses: [] };
      const moved = existing.map((placed) => ({
        ...placed,
        eventId: placed.eventId === keepId ? null : placed.eventId,
      }));
      await run('MATCH ()-[r:REPORTS]->(:Event {id: $keepId}) SET r.pin = $keepId', { keepId });
      const { emptiedEventIds } = await applyResolution(
        run,
        [],
        moved.filter((p) => p.eventId !== null),
        [keepId],
        resolution,
      );
      await run(DELETE_UNSUPPORTED, { entityIds: [], eventIds: emptiedEventIds });
      await tx.run(RELEASE_EVENT_RESOLUTION);
      return keepId;
    });
  } finally {
    await session.close();
  }
}
