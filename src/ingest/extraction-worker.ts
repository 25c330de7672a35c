// The worker thread behind the extraction pool: extracts each file it is sent and posts back the result.

import { parentPort, workerData } from 'node:worker_threads';
import { ArticleInputError } from '../article/article-input-error.ts';
import { extractArticleFile, type ExtractFileOptions } from './extract-article-file.ts';

/** What a worker answers for one file: the extraction, or why the file could not be extracted. */
export type WorkerAnswer =
  | { id: number; extraction: unknown }
  | { id: number; inputError: { file: string; reason: string } }
  | { id: number; crash: string };

const options = workerData as ExtractFileOptions;

parentPort?.on('message', (message: { id: number; file: string }) => {
  void extractArticleFile(message.file, options).then(
    (extraction) => parentPort?.postMessage({ id: message.id, extraction } satisfies WorkerAnswer),
    (error: unknown) =>
      parentPort?.postMessage(
        (error instanceof ArticleInputError
          ? { id: message.id, inputError: { file: error.file, reason: error.reason } }
          : {
              id: message.id,
              crash: error instanceof Error ? error.message : String(error),
            }) satisfies WorkerAnswer,
      ),
  );
});
