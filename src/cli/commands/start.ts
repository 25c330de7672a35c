// `kg start` (npm start): Neo4j (unless NEO4J_URI) -> migrate -> ingest seeds/articles -> serve GraphQL.

import { join } from 'node:path';
import { loadConfig } from '../../config.ts';
import { neo4jTarget } from '../../db/neo4j-target.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../db/start-local-neo4j.ts';
import { listenApi } from '../../api/listen.ts';
import { createLogger } from '../../api/logger.ts';
import { openGraph, type Graph } from '../../graph/driver.ts';
import { migrate } from '../../graph/migrations.ts';
import { findArticleFiles } from '../../ingest/find-article-files.ts';
import { ingestFiles } from '../../ingest/ingest-files.ts';
import { UsageError, type CliCommand } from '../command.ts';
import { formatSummary } from './ingest.ts';
import { waitForShutdown } from '../wait-for-shutdown.ts';

export const startCommand: CliCommand = {
  name: 'start',
  summary: 'start Neo4j (unless NEO4J_URI), migrate, ingest seeds/articles, serve GraphQL',
  help: `Usage: kg start      (what \`npm start\` runs)

1. starts the local Neo4j 5.26 (as \`kg db\`), unless NEO4J_URI points at a server;
2. creates constraints and indexes (as \`kg migrate\`);
3. ingests seeds/articles (as \`kg ingest seeds/articles\`; unchanged articles are skipped);
4. serves GraphQL with GraphiQL at http://localhost:$KG_PORT/graphql (default 4000),
   and the explorer at http://localhost:$KG_PORT/explore.
Ctrl-C stops the server and then Neo4j.`,
  async run(argv) {
    if (argv.length > 0) throw new UsageError(`unexpected argument "${argv[0]}"`);
    const config = loadConfig();
    const say = (line: string): void => void process.stderr.write(`${line}\n`);
    let local: LocalNeo4j | null = null;
    let graph: Graph | null = null;
    try {
      if (!config.neo4j.uri) {
        local = await startLocalNeo4j({
          projectRoot: config.projectRoot,
          local: config.local,
          username: config.neo4j.username,
          password: config.neo4j.password,
          log: say,
        });
        say(`Neo4j ready: ${local.uri}`);
      }
      graph = await openGraph(neo4jTarget(config, local?.uri));
      say(`migrated: ${await migrate(graph)} constraints and indexes in place`);
      const { files } = await findArticleFiles([join(config.projectRoot, 'seeds', 'articles')]);
      const summary = await ingestFiles(files, { graph, concurrency: 2, maxBytes: config.maxArticleBytes });
      say(formatSummary(summary, false));
      const api = await listenApi(
        { graph, config, log: createLogger(config.logLevel) },
        config.server.host,
        config.server.port,
      );
      process.stdout.write(`GraphQL and GraphiQL at ${api.url}  (Ctrl-C to stop)\n`);
      process.stdout.write(`Explorer at ${api.url.replace(/\/graphql$/, '/explore')}\n`);
      const stopped = local
        ? Promise.race([waitForShutdown(), local.exited.then(() => 'neo4j-exit')])
        : waitForShutdown();
      const neo4jDied = (await stopped) === 'neo4j-exit';
      if (neo4jDied)
        say('Neo4j stopped unexpectedly; shutting down the API (see its log under NEO4J_DATA_DIR)');
      await api.close();
      // A supervisor must see a dead database as a failure, to restart or alert.
      return neo4jDied ? 1 : 0;
    } finally {
      await graph?.close();
      if (local) {
        say('stopping Neo4j (it writes a checkpoint first; a few seconds)...');
        await local.stop();
        say('Neo4j stopped.');
      }
    }
  },
};
