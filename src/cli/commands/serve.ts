// `kg serve`: serves the GraphQL API and GraphiQL over an already running Neo4j.

import { loadConfig } from '../../config.ts';
import { neo4jTarget } from '../../db/neo4j-target.ts';
import { listenApi } from '../../api/listen.ts';
import { createLogger } from '../../api/logger.ts';
import { openGraph } from '../../graph/driver.ts';
import { UsageError, type CliCommand } from '../command.ts';
import { waitForShutdown } from '../wait-for-shutdown.ts';

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'serve the GraphQL API and GraphiQL',
  help: `Usage: kg serve

Serves GraphQL with GraphiQL at http://localhost:$KG_PORT/graphql (default 4000), the explorer at
/explore, plus /health and /ready, over NEO4J_URI or the local server from \`npm run db\`. Ctrl-C stops it.
See README.md for KG_API_TOKEN, KG_CORS_ORIGINS and the query limits.`,
  async run(argv) {
    if (argv.length > 0) throw new UsageError(`unexpected argument "${argv[0]}"`);
    const config = loadConfig();
    const log = createLogger(config.logLevel);
    const graph = await openGraph(neo4jTarget(config));
    try {
      const api = await listenApi({ graph, config, log }, config.server.host, config.server.port);
      process.stdout.write(`GraphQL and GraphiQL at ${api.url}\n`);
      process.stdout.write(`Explorer at ${api.url.replace(/\/graphql$/, '/explore')}\n`);
      await waitForShutdown();
      await api.close();
    } finally {
      await graph.close();
    }
    return 0;
  },
};
