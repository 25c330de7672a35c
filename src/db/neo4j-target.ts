// Decides which Neo4j a command talks to: NEO4J_URI when set, else the local server's address.

import type { Config } from '../config.ts';
import type { Neo4jTarget } from '../graph/driver.ts';

export function neo4jTarget(config: Config, localUri?: string): Neo4jTarget {
  return {
    uri: config.neo4j.uri ?? localUri ?? `bolt://${config.local.host}:${config.local.port}`,
    username: config.neo4j.username,
    password: config.neo4j.password,
    database: config.neo4j.database,
  };
}
