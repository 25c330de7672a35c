// `kg ingest PATH...`: extracts articles and writes them into Neo4j, a batch of articles per transaction.

import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { neo4jTarget } from '../../db/neo4j-target.ts';
import { openGraph } from '../../graph/driver.ts';
import { findArticleFiles } from '../../ingest/find-article-files.ts';
import { DEFAULT_BATCH_SIZE, ingestFiles, type IngestSummary } from '../../ingest/ingest-files.ts';
import { createProgressReporter } from '../../ingest/progress-reporter.ts';
import { UsageError, type CliCommand } from '../command.ts';
import { parseIsoDate } from '../parse-iso-date.ts';

export const ingestCommand: CliCommand = {
  name: 'ingest',
  summary: 'extract articles and write them into Neo4j',
  help: `Usage: kg ingest PATH... [--dry-run] [--concurrency N] [--batch N] [--published YYYY-MM-DD] [--quiet]

PATH is a file, a folder (searched recursively for .txt and .md) or a quoted glob ("news/**/*.md").
Articles are extracted (on worker threads for long runs) and written in batches, one transaction per
batch; if a batch fails, its articles are written one at a time, so a bad article fails alone.
Ingesting the same file again changes nothing; an edited file replaces that article's facts. Bad
files (empty, binary, not UTF-8, over KG_MAX_ARTICLE_BYTES, unreadable) are reported one line each
and skipped; the rest are still ingested.

Options:
  --dry-run          extract only; write nothing
  --concurrency N    write transactions at once (default 2)
  --batch N          articles per write transaction (default ${DEFAULT_BATCH_SIZE}; 1 = one per article)
  --published DATE   publication date for articles that do not give one
  --quiet            no progress output, summary only
Exit code: 0 when every file was ingested, 1 when any failed or Neo4j went away (rerun to finish).`,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        concurrency: { type: 'string', default: '2' },
        batch: { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
        published: { type: 'string' },
        quiet: { type: 'boolean', default: false },
      },
    });
    if (positionals.length === 0) throw new UsageError('give at least one file, folder or glob');
    const concurrency = Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
      throw new UsageError(`--concurrency must be an integer from 1 to 64, not "${values.concurrency}"`);
    }
    const batchSize = Number(values.batch);
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000) {
      throw new UsageError(`--batch must be an integer from 1 to 1000, not "${values.batch}"`);
    }
    const published = values.published === undefined ? null : parseIsoDate(values.published, '--published');
    const config = loadConfig();
    const { files, missing, skipped } = await findArticleFiles(positionals);
    for (const path of missing) process.stderr.write(`${path}: no such file, folder or matching files\n`);
    for (const entry of skipped) process.stderr.write(`skipped: ${entry.path}: ${entry.reason}\n`);
    if (files.length === 0) {
      process.stderr.write('kg ingest: no article files to ingest\n');
      return 1;
    }
    const graph = values['dry-run'] ? null : await openGraph(neo4jTarget(config));
    const progress = createProgressReporter(process.stderr, values.quiet);
    try {
      const summary = await ingestFiles(files, {
        graph,
        concurrency,
        batchSize,
        maxBytes: config.maxArticleBytes,
        published,
        onFileDone: (outcome, finished, total) => progress.fileDone(outcome, finished, total),
      });
      progress.finish();
      process.stdout.write(formatSummary(summary, values['dry-run']) + '\n');
      return summary.failed > 0 || summary.notDone > 0 || missing.length > 0 ? 1 : 0;
    } finally {
      await graph?.close();
    }
  },
};

export function formatSummary(summary: IngestSummary, dryRun: boolean): string {
  const by = (kind: string): number => summary.files.filter((file) => file.outcome === kind).length;
  const lines = [
    dryRun
      ? `dry run: ${summary.done} extracted, ${summary.failed} failed (nothing written)`
      : `ingested ${summary.done} of ${summary.files.length} articles (${by('created')} new, ${by('updated')} updated, ${by('unchanged')} unchanged), ${summary.failed} failed`,
  ];
  if (!dryRun) {
    const c = summary.counts;
    lines.push(
      `graph: +${c.nodesCreated} nodes, -${c.nodesDeleted} nodes, +${c.relationshipsCreated} relationships, -${c.relationshipsDeleted} relationships, ${c.propertiesSet} properties set`,
    );
  }
  for (const file of summary.files.filter((entry) => entry.outcome === 'failed')) {
    lines.push(`failed: ${file.file}: ${file.reason}`);
  }
  if (summary.aborted) {
    lines.push(
      `stopped early: ${summary.aborted}; ${summary.notDone} articles not done, rerun the same command to finish them`,
    );
  }
  return lines.join('\n');
}
