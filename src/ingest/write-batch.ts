// Writes a batch of extracted articles in one transaction; if it fails, each article alone, so a bad one fails alone.

import type { Graph } from '../graph/driver.ts';
import { isConnectionLoss, Neo4jUnavailableError } from '../graph/neo4j-errors.ts';
import { writeArticles, type WriteOutcome } from '../graph/write-articles.ts';
import { addCounts, emptyCounts, type WriteCounts } from '../graph/write-counts.ts';
import type { Extraction } from '../model/extraction.ts';

export type ArticleWritten = { outcome: WriteOutcome } | { outcome: 'failed'; reason: string };

export interface BatchOutcome {
  /** One per article, in the batch's order; missing when the run stopped before it was written. */
  written: ArticleWritten[];
  counts: WriteCounts;
  /** Set when Neo4j went away: nothing of what is missing from `written` was kept. */
  lostConnection: string | null;
}

export async function writeBatch(graph: Graph, extractions: readonly Extraction[]): Promise<BatchOutcome> {
  const counts = emptyCounts();
  try {
    const result = await writeArticles(graph, extractions);
    addCounts(counts, result.counts);
    return { written: result.outcomes.map(({ outcome }) => ({ outcome })), counts, lostConnection: null };
  } catch (error) {
    const lost = lostConnection(error);
    if (lost !== null || extractions.length === 1)
      return { written: lost === null ? [failure(error)] : [], counts, lostConnection: lost };
  }
  // The batch was rolled back whole: retry its articles one by one to find the one that fails.
  const written: ArticleWritten[] = [];
  for (const extraction of extractions) {
    try {
      const result = await writeArticles(graph, [extraction]);
      addCounts(counts, result.counts);
      written.push({ outcome: result.outcomes[0]?.outcome ?? 'unchanged' });
    } catch (error) {
      const lost = lostConnection(error);
      if (lost !== null) return { written, counts, lostConnection: lost };
      written.push(failure(error));
    }
  }
  return { written, counts, lostConnection: null };
}

function lostConnection(error: unknown): string | null {
  if (!isConnectionLoss(error) && !(error instanceof Neo4jUnavailableError)) return null;
  return `lost the connection to Neo4j (${firstLine(error)})`;
}

function failure(error: unknown): ArticleWritten {
  return { outcome: 'failed', reason: firstLine(error) };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
