// Turns any error that reaches the top of a command into the one line the user sees.

import { PortInUseError } from '../api/listen.ts';
import { ArticleInputError } from '../article/article-input-error.ts';
import { ConfigError } from '../config.ts';
import { MissingToolError } from '../db/find-java-tools.ts';
import { LocalNeo4jError } from '../db/start-local-neo4j.ts';
import { Neo4jUnavailableError } from '../graph/neo4j-errors.ts';

const EXPECTED = [
  ArticleInputError,
  ConfigError,
  MissingToolError,
  LocalNeo4jError,
  Neo4jUnavailableError,
  PortInUseError,
];

export function describeFailure(error: unknown): string {
  if (EXPECTED.some((type) => error instanceof type)) return (error as Error).message;
  if (error instanceof Error)
    return `unexpected error: ${error.message.split('\n')[0]} (set KG_DEBUG=1 for the stack)`;
  return `unexpected error: ${String(error)}`;
}
