// `kg eval DIR [--detail] [--json]`: scores extraction against the .gold.json files in DIR.

import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatMisses, formatTable, reportAsJson } from '../../eval/print-table.ts';
import { formatGraphDetail, formatGraphScore, graphScoreAsJson } from '../../eval/print-graph-score.ts';
import { runEval } from '../../eval/run-eval.ts';
import { runGraphEval } from '../../eval/run-graph-eval.ts';
import { openScratchGraph } from '../../eval/scratch-graph.ts';
import { loadConfig } from '../../config.ts';
import { UsageError, type CliCommand } from '../command.ts';

export const evalCommand: CliCommand = {
  name: 'eval',
  summary: 'score extraction against .gold.json files',
  help: `Usage: kg eval DIR [--graph] [--detail] [--json]

Extracts every article in DIR that has a NAME.gold.json beside it (using the gold "published" date when the
article has none) and prints entity, event and claim precision/recall/F1 and speaker attribution accuracy,
per article and overall (micro-averaged), scored as described in the annotation guide.

Options:
  --graph    also ingest DIR into a scratch Neo4j (started for the run on a free port, deleted after; never
             NEO4J_URI) and score cross-article event identity: link precision, recall and F1 over pairs of
             articles reporting one gold event key, and nodes per multi-article event (needs Java and Maven)
  --detail   also list the misses: false negatives (FN) and false positives (FP); with --graph, each
             multi-article gold event and the nodes it landed on
  --json     print the report as one JSON document`,
  async run(argv) {
    const parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        detail: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        graph: { type: 'boolean', default: false },
      },
    });
    const [dir, ...extra] = parsed.positionals;
    if (!dir) throw new UsageError('missing DIR (a folder of articles with .gold.json files)');
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const info = await stat(dir).catch(() => null);
    if (!info?.isDirectory()) throw new UsageError(`"${dir}" is not a directory`);
    if (parsed.values.graph) return evalAsGraph(dir, parsed.values.detail, parsed.values.json);
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

async function evalAsGraph(dir: string, detail: boolean, json: boolean): Promise<number> {
  const config = loadConfig();
  const say = (line: string) => process.stderr.write(line + '\n');
  say('starting a scratch Neo4j for the graph evaluation...');
  const scratch = await openScratchGraph(config, () => undefined);
  try {
    const result = await runGraphEval(scratch.graph, dir, {
      onIngested: (done, total) => {
        if (done === total || done % 10 === 0) say(`ingested ${done} of ${total} articles`);
      },
    });
    if (json) {
      const document = { ...(reportAsJson(result.report) as object), graph: graphScoreAsJson(result.graph) };
      process.stdout.write(JSON.stringify(document, null, 2) + '\n');
      return 0;
    }
    process.stdout.write(formatTable(result.report) + '\n\n' + formatGraphScore(result.graph) + '\n');
    if (detail)
      process.stdout.write(formatMisses(result.report) + '\n' + formatGraphDetail(result.graph) + '\n');
    return 0;
  } finally {
    await scratch.close();
  }
}
