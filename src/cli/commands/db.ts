// `kg db`: runs the local Neo4j in the foreground until Ctrl-C.

import { loadConfig } from '../../config.ts';
import { startLocalNeo4j } from '../../db/start-local-neo4j.ts';
import { UsageError, type CliCommand } from '../command.ts';

export const dbCommand: CliCommand = {
  name: 'db',
  summary: 'run a local Neo4j 5.26 Community server from Maven artifacts',
  help: `Usage: kg db

Runs a real Neo4j 5.26 LTS Community server in the foreground, from Maven Central jars
fetched on first use and cached in KG_CACHE_DIR (needs Java 17+ and Maven).
Prints "ready" once Bolt accepts connections; Ctrl-C (SIGINT) or SIGTERM stops it cleanly.

Environment:
  NEO4J_BOLT_HOST   address to listen on (default 127.0.0.1)
  NEO4J_BOLT_PORT   Bolt port (default 7687)
  NEO4J_DATA_DIR    data folder (default .kg/neo4j-data, git-ignored)
  NEO4J_USERNAME / NEO4J_PASSWORD   credentials the server is set up with
  NEO4J_HEAP, NEO4J_PAGECACHE, NEO4J_START_TIMEOUT
Not used when NEO4J_URI is set: then that server is used and nothing is started.`,
  async run(argv) {
    if (argv.length > 0) throw new UsageError(`unexpected argument "${argv[0]}"`);
    const config = loadConfig();
    if (config.neo4j.uri) {
      process.stderr.write(
        `kg db: NEO4J_URI is set (${config.neo4j.uri}); that server is used, nothing to start.\n`,
      );
      return 0;
    }
    const server = await startLocalNeo4j({
      projectRoot: config.projectRoot,
      local: config.local,
      username: config.neo4j.username,
      password: config.neo4j.password,
      log: (line) => process.stderr.write(`${line}\n`),
    });
    process.stdout.write(`Neo4j ready: ${server.uri} (user ${config.neo4j.username}); Ctrl-C to stop\n`);
    const stop = (): void => {
      process.stderr.write('stopping Neo4j...\n');
      void server.stop();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    const code = await server.exited;
    process.stderr.write('Neo4j stopped.\n');
    return code === 0 || code === null || code === 143 || code === 130 ? 0 : 1;
  },
};
