#!/usr/bin/env node
// The `kg` command line: dispatches to one subcommand per capability.

import { UsageError, type CliCommand } from './command.ts';
import { describeFailure } from './describe-failure.ts';

const loaders: Record<string, () => Promise<CliCommand>> = {
  start: async () => (await import('./commands/start.ts')).startCommand,
  db: async () => (await import('./commands/db.ts')).dbCommand,
  migrate: async () => (await import('./commands/migrate.ts')).migrateCommand,
  serve: async () => (await import('./commands/serve.ts')).serveCommand,
  ingest: async () => (await import('./commands/ingest.ts')).ingestCommand,
  retract: async () => (await import('./commands/retract.ts')).retractCommand,
  extract: async () => (await import('./commands/extract.ts')).extractCommand,
  eval: async () => (await import('./commands/eval.ts')).evalCommand,
};

const summaries: Record<string, string> = {
  start: 'start Neo4j (unless NEO4J_URI), migrate, ingest seeds/articles, serve GraphQL',
  db: 'run a local Neo4j 5.26 Community server from Maven artifacts',
  migrate: 'create constraints and indexes (idempotent)',
  serve: 'serve the GraphQL API and GraphiQL',
  ingest: 'extract articles and write them into Neo4j',
  retract: 'remove an article and every fact only it supported',
  extract: 'print what the extractor finds in one article (no database)',
  eval: 'score extraction against .gold.json files',
};

function overview(): string {
  const width = Math.max(...Object.keys(summaries).map((name) => name.length));
  const lines = Object.entries(summaries).map(([name, text]) => `  ${name.padEnd(width)}  ${text}`);
  return [
    'kg - diplomatic-event knowledge graph',
    '',
    'Usage: kg <command> [options]     (from npm: npm run --silent kg -- <command> ...)',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `kg <command> --help` for the options of one command.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(overview() + '\n');
    return name === undefined ? 2 : 0;
  }
  const load = loaders[name];
  if (!load) {
    process.stderr.write(`kg: unknown command "${name}". Run \`kg --help\` to list the commands.\n`);
    return 2;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.help.trimEnd() + '\n');
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    // node:util parseArgs throws ERR_PARSE_ARGS_* for unknown or malformed flags: a usage error too.
    const parseArgsFailure = String((error as { code?: unknown }).code ?? '').startsWith('ERR_PARSE_ARGS');
    if (error instanceof UsageError || parseArgsFailure) {
      process.stderr.write(`kg ${name}: ${(error as Error).message}\nRun \`kg ${name} --help\` for usage.\n`);
      return 2;
    }
    process.stderr.write(`kg ${name}: ${describeFailure(error)}\n`);
    if (process.env.KG_DEBUG) console.error(error);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
