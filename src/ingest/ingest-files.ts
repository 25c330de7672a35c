// Ingests many article files: extract each, write each in its own transaction, keep going past bad files.

import { ArticleInputError } from '../article/article-input-error.ts';
import type { Graph } from '../graph/driver.ts';
import { isConnectionLoss, Neo4jUnavailableError } from '../graph/neo4j-errors.ts';
import { writeArticle, type WriteOutcome } from '../graph/write-article.ts';
import { addCounts, emptyCounts, type WriteCounts } from '../graph/write-counts.ts';
import { extractArticleFile } from './extract-article-file.ts';

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
  concurrency: number;
  maxBytes: number;
  published?: string | null;
  onFileDone?: (outcome: FileOutcome, finished: number, total: number) => void;
}

export async function ingestFiles(files: string[], options: IngestOptions): Promise<IngestSummary> {
  const outcomes: FileOutcome[] = files.map((file) => ({ file, outcome: 'not-done' }));
  const counts = emptyCounts();
  let aborted: string | null = null;
  let next = 0;
  let finished = 0;
  // One article id, one file per run: ids are claimed in file order (extraction still runs in parallel),
  // so the first file in sorted order wins whatever finishes first, and no two writes of one id overlap.
  const claimedBy = new Map<string, string>();
  const claimed: Array<Promise<void>> = [];
  const claimInOrder = async (index: number, articleId: string | null): Promise<string | null> => {
    await (index > 0 ? claimed[index - 1] : undefined);
    if (articleId === null) return null;
    const earlier = claimedBy.get(articleId);
    if (earlier === undefined) claimedBy.set(articleId, files[index] as string);
    return earlier ?? null;
  };

  const ingestOne = async (index: number): Promise<void> => {
    const file = files[index] as string;
    let result: FileOutcome;
    let releaseClaim = (): void => undefined;
    claimed[index] = new Promise<void>((resolve) => (releaseClaim = resolve));
    try {
      let extraction;
      try {
        extraction = await extractArticleFile(file, {
          maxBytes: options.maxBytes,
          published: options.published ?? null,
        });
      } finally {
        // Unreadable files claim nothing but must not hold back the files after them.
        if (!extraction) void claimInOrder(index, null).then(releaseClaim);
      }
      const earlier = await claimInOrder(index, extraction.article.id);
      releaseClaim();
      if (earlier !== null) {
        throw new ArticleInputError(
          file,
          `article id "${extraction.article.id}" is also the id of ${earlier}, ingested in this run; give one of them another id (front matter "id:")`,
        );
      }
      if (options.graph === null) {
        result = { file, articleId: extraction.article.id, outcome: 'extracted' };
      } else {
        const written = await writeArticle(options.graph, extraction);
        addCounts(counts, written.counts);
        result = { file, articleId: written.articleId, outcome: written.outcome };
      }
    } catch (error) {
      if (error instanceof ArticleInputError) {
        result = { file, outcome: 'failed', reason: error.reason };
      } else if (isConnectionLoss(error) || error instanceof Neo4jUnavailableError) {
        aborted ??= `lost the connection to Neo4j (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
        return; // this file stays not-done; its transaction was rolled back
      } else {
        result = {
          file,
          outcome: 'failed',
          reason: error instanceof Error ? error.message.split('\n')[0] : String(error),
        };
      }
    }
    outcomes[index] = result;
    finished += 1;
    options.onFileDone?.(result, finished, files.length);
  };

  const worker = async (): Promise<void> => {
    while (aborted === null && next < files.length) {
      const index = next;
      next += 1;
      await ingestOne(index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, files.length)) }, worker));

  const failed = outcomes.filter((outcome) => outcome.outcome === 'failed').length;
  const notDone = outcomes.filter((outcome) => outcome.outcome === 'not-done').length;
  return { files: outcomes, done: outcomes.length - failed - notDone, failed, notDone, counts, aborted };
}
