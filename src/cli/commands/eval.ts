// `kg eval DIR [--detail] [--json]`: scores extraction against the .gold.json files in DIR.

import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatMisses, formatTable, reportAsJson } from '../../eval/print-table.ts';
import { runEval } from '../../eval/run-eval.ts';
import { UsageError, type CliCommand } from '../command.ts';

export const evalCommand: CliCommand = {
  name: 'eval',
  summary: 'score extraction against .gold.json files',
  help: `Usage: kg eval DIR [--detail] [--json]

Extracts every article in DIR that has a NAME.gold.json beside it (using the gold "published" date when the
article has none) and prints entity, event and claim precision/recall/F1 and speaker attribution accuracy,
per article and overall (micro-averaged), scored as described in the annotation guide.

Options:
  --detail   also list the misses: false negatives (FN) and false positives (FP)
  --json     print the report as one JSON document`,
  async run(argv) {
    const parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { detail: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
    });
    const [dir, ...extra] = parsed.positionals;
    if (!dir) throw new UsageError('missing DIR (a folder of articles with .gold.json files)');
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const info = await stat(dir).catch(() => null);
    if (!info?.isDirectory()) throw new UsageError(`"${dir}" is not a directory`);
    const report = await runEval(dir);
    if (parsed.values.json) {
      process.stdout.write(JSON.stringify(reportAsJson(report), null, 2) + '\n');
      return 0;
    }
    if (report.rows.length === 0) {
      process.stdout.write(`No articles with a .gold.json beside them in ${dir}.\n`);
      return 0;
    }
    process.stdout.write(formatTable(report) + '\n');
    if (parsed.values.detail) process.stdout.write(formatMisses(report) + '\n');
    return 0;
  },
};
