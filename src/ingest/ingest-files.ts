// Ingests many article files: extraction runs ahead (on threads for long runs), writes go in batches, bad files are skipped.

import { ArticleInputError } from '../article/article-input-error.ts';
import type { Graph } from '../graph/driver.ts';
import type { WriteOutcome } from '../graph/write-articles.ts';
import { addCounts, emptyCounts, type WriteCounts } from '../graph/write-counts.ts';
import type { Extraction } from '../model/extraction.ts';
import { createExtractor, defaultExtractionThreads } from './extraction-pool.ts';
import { writeBatch } from './write-batch.ts';

export interface FileOutcome {
  file: string;
  articleId?: string;
  outcome: WriteOutcome | 'extracted' | 'failed' | 'not-done';
  reason?: string;
}

export interface IngestSummary {
  files: FileOutcome[];
  done: number;
  failed: number;
  notDone: number;
  counts: WriteCounts;
  /** Set when the database went away: the run stopped and the rest is `not-done`. */
  aborted: string | null;
}

export interface IngestOptions {
  /** Null for a dry run: extract only, write nothing. */
  graph: Graph | null;
  /** Write transactions in flight at once. */
  concurrency: number;
  /** Articles per write transaction (default 50); a failed batch is retried one article at a time. */
  batchSize?: number;
  /** Worker threads extracting ahead of the writers; 0 extracts on the main thread (default: by run size and cores). */
  extractionThreads?: number;
  maxBytes: number;
  published?: string | null;
  onFileDone?: (outcome: FileOutcome, finished: number, total: number) => void;
}

export const DEFAULT_BATCH_SIZE = 50;

interface Extracted {
  index: number;
  extraction: Extraction;
}

export async function ingestFiles(files: string[], options: IngestOptions): Promise<IngestSummary> {
  const { graph, concurrency } = options;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const outcomes: FileOutcome[] = files.map((file) => ({ file, outcome: 'not-done' }));
  const counts = emptyCounts();
  let aborted: string | null = null;
  let finished = 0;
  const settle = (index: number, outcome: FileOutcome) => {
    outcomes[index] = outcome;
    finished += 1;
    options.onFileDone?.(outcome, finished, files.length);
  };

  const writing = new Set<Promise<void>>();
  const write = async (batch: Extracted[]) => {
    const result = await writeBatch(
      graph as Graph,
      batch.map((item) => item.extraction),
    );
    addCounts(counts, result.counts);
    aborted ??= result.lostConnection;
    result.written.forEach((written, at) => {
      const item = batch[at];
      if (item)
        settle(item.index, {
          file: files[item.index] as string,
          articleId: item.extraction.article.id,
          ...written,
        });
    });
  };
  const dispatch = async (batch: Extracted[]) => {
    while (writing.size >= Math.max(1, concurrency)) await Promise.race(writing);
    if (aborted !== null || batch.length === 0) return;
    const job = write(batch).finally(() => writing.delete(job));
    writing.add(job);
  };

  const extractor = createExtractor(
    { maxBytes: options.maxBytes, published: options.published ?? null },
    options.extractionThreads ?? defaultExtractionThreads(files.length),
  );
  // Extractions run a few batches ahead of the writers, and are taken in file order: the first
  // file of an article id wins whatever finishes first, and no two writes of one id overlap.
  const ahead = batchSize * (Math.max(1, concurrency) + 1);
  const pending: Array<Promise<Extraction | ArticleInputError | Error> | undefined> = [];
  const extractUpTo = (limit: number) => {
    for (let index = pending.length; index < Math.min(limit, files.length); index++)
      pending[index] = extractor
        .extract(files[index] as string)
        .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  };
  const claimedBy = new Map<string, string>();
  let batch: Extracted[] = [];
  try {
    for (let index = 0; index < files.length && aborted === null; index++) {
      extractUpTo(index + ahead);
      const file = files[index] as string;
      const extraction = await pending[index];
      pending[index] = undefined;
      if (extraction instanceof Error) {
        settle(index, {
          file,
          outcome: 'failed',
          reason: extraction instanceof ArticleInputError ? extraction.reason : extraction.message,
        });
        continue;
      }
      if (extraction === undefined) continue;
      const id = extraction.article.id;
      const earlier = claimedBy.get(id);
      if (earlier !== undefined) {
        const reason = `article id "${id}" is also the id of ${earlier}, ingested in this run; give one of them another id (front matter "id:")`;
        settle(index, { file, outcome: 'failed', reason });
        continue;
      }
      claimedBy.set(id, file);
      if (graph === null) settle(index, { file, articleId: id, outcome: 'extracted' });
      else batch.push({ index, extraction });
      if (batch.length >= batchSize) {
        await dispatch(batch);
        batch = [];
      }
    }
    await dispatch(batch);
    await Promise.all(writing);
  } finally {
    await extractor.close();
  }
  const failed = outcomes.filter((outcome) => outcome.outcome === 'failed').length;
  const notDone = outcomes.filter((outcome) => outcome.outcome === 'not-done').length;
  return { files: outcomes, done: outcomes.length - failed - notDone, failed, notDone, counts, aborted };
}
