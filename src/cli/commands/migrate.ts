// `kg migrate`: creates the graph's constraints and indexes (idempotent).

import { loadConfig } from '../../config.ts';
import { neo4jTarget } from '../../db/neo4j-target.ts';
import { openGraph } from '../../graph/driver.ts';
import { migrate } from '../../graph/migrations.ts';
import { UsageError, type CliCommand } from '../command.ts';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'create constraints and indexes (idempotent)',
  help: `Usage: kg migrate

Creates, if missing, a uniqueness constraint for every node key (Article, Entity, Event, Claim ids),
full-text indexes over entity names/aliases and claim text, and range indexes on event date and type.
Safe to run any number of times. Talks to NEO4J_URI, or to the local server started by \`npm run db\`.`,
  async run(argv) {
    if (argv.length > 0) throw new UsageError(`unexpected argument "${argv[0]}"`);
    const config = loadConfig();
    const graph = await openGraph(neo4jTarget(config));
    try {
      const count = await migrate(graph);
      process.stdout.write(`migrated ${graph.uri}: ${count} constraints and indexes in place\n`);
      return 0;
    } finally {
      await graph.close();
    }
  },
};
