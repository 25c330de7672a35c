// Shows ingest progress: a redrawn bar on a terminal, one plain line per file otherwise.

import type { FileOutcome } from './ingest-files.ts';

export interface ProgressReporter {
  fileDone(outcome: FileOutcome, finished: number, total: number): void;
  finish(): void;
}

export function createProgressReporter(stream: NodeJS.WriteStream, quiet = false): ProgressReporter {
  const started = Date.now();
  if (quiet) return { fileDone: () => undefined, finish: () => undefined };
  if (!stream.isTTY) {
    return {
      fileDone(outcome, finished, total) {
        const detail = outcome.outcome === 'failed' ? `failed: ${outcome.reason}` : outcome.outcome;
        stream.write(`[${finished}/${total}] ${outcome.file}: ${detail}\n`);
      },
      finish: () => undefined,
    };
  }
  return {
    fileDone(outcome, finished, total) {
      if (outcome.outcome === 'failed') stream.write(`\r\x1b[K${outcome.file}: ${outcome.reason}\n`);
      const width = 30;
      const filled = Math.round((finished / total) * width);
      const rate = finished / Math.max(0.001, (Date.now() - started) / 1000);
      stream.write(
        `\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${finished}/${total} articles  ${rate.toFixed(1)}/s`,
      );
    },
    finish() {
      stream.write('\n');
    },
  };
}
