// Extracts article files ahead of the writer: on worker threads for long runs, on the main thread otherwise.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ArticleInputError } from '../article/article-input-error.ts';
import type { Extraction } from '../model/extraction.ts';
import { extractArticleFile, type ExtractFileOptions } from './extract-article-file.ts';
import type { WorkerAnswer } from './extraction-worker.ts';

export interface ArticleExtractor {
  /** Rejects with ArticleInputError for a file that cannot be read as an article. */
  extract(file: string): Promise<Extraction>;
  close(): Promise<void>;
}

/** Below this many files a thread's start-up (loading the extractor and gazetteer) costs more than it saves. */
const FILES_WORTH_A_THREAD = 64;

/** Threads to use when none are asked for: one core is left to the writer (and, locally, to Neo4j). */
export function defaultExtractionThreads(fileCount: number): number {
  return fileCount < FILES_WORTH_A_THREAD ? 0 : Math.max(1, Math.min(4, availableParallelism() - 1));
}

export function createExtractor(options: ExtractFileOptions, threads: number): ArticleExtractor {
  return threads <= 0 ? inlineExtractor(options) : threadedExtractor(options, threads);
}

function inlineExtractor(options: ExtractFileOptions): ArticleExtractor {
  return { extract: (file) => extractArticleFile(file, options), close: async () => undefined };
}

interface Waiting {
  worker: number;
  resolve: (extraction: Extraction) => void;
  reject: (error: Error) => void;
}

function threadedExtractor(options: ExtractFileOptions, threads: number): ArticleExtractor {
  const waiting = new Map<number, Waiting>();
  let nextId = 0;
  const answer = (message: WorkerAnswer) => {
    const entry = waiting.get(message.id);
    if (!entry) return;
    waiting.delete(message.id);
    if ('extraction' in message) entry.resolve(message.extraction as Extraction);
    else if ('inputError' in message)
      entry.reject(new ArticleInputError(message.inputError.file, message.inputError.reason));
    else entry.reject(new Error(message.crash));
  };
  // A thread that dies fails what it was given (those files are reported failed); the others go on.
  const failWaiting = (error: Error, worker?: number) => {
    for (const [id, entry] of waiting) {
      if (worker !== undefined && entry.worker !== worker) continue;
      waiting.delete(id);
      entry.reject(error);
    }
  };
  const alive: number[] = [];
  const workers = Array.from({ length: threads }, (_, index) => {
    const worker = new Worker(new URL('./extraction-worker.ts', import.meta.url), { workerData: options });
    const stop = (error: Error) => {
      const at = alive.indexOf(index);
      if (at >= 0) alive.splice(at, 1);
      failWaiting(error, index);
    };
    worker.on('message', answer);
    worker.on('error', stop);
    worker.on('exit', () => stop(new Error('the extraction thread stopped')));
    alive.push(index);
    return worker;
  });
  return {
    extract(file) {
      const id = nextId++;
      const worker = alive[id % Math.max(1, alive.length)];
      // With every thread gone, the main thread extracts what is left.
      if (worker === undefined) return extractArticleFile(file, options);
      return new Promise<Extraction>((resolve, reject) => {
        waiting.set(id, { worker, resolve, reject });
        workers[worker]?.postMessage({ id, file });
      });
    },
    async close() {
      alive.length = 0;
      failWaiting(new Error('extraction stopped'));
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
