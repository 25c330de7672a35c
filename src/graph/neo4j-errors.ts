// Maps Neo4j driver failures to one line that says what went wrong and what to do (the driver boundary).

import { Neo4jError } from 'neo4j-driver';

export class Neo4jUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Neo4jUnavailableError';
  }
}

const START_HINT = 'start it with `npm run db` (or `npm start`), or point NEO4J_URI at a running server';

/** Explains a connection-time failure against `uri` in one line. */
export function explainConnectionFailure(error: unknown, uri: string): Neo4jUnavailableError {
  const code = error instanceof Neo4jError ? error.code : '';
  const message = error instanceof Error ? error.message : String(error);
  if (
    code === 'Neo.ClientError.Security.Unauthorized' ||
    /authentication failure|unauthorized/i.test(message)
  ) {
    return new Neo4jUnavailableError(
      `Neo4j at ${uri} rejected the credentials (authentication failure); check NEO4J_USERNAME and NEO4J_PASSWORD`,
    );
  }
  if (/database does not exist|DatabaseNotFound/i.test(code + message)) {
    return new Neo4jUnavailableError(`Neo4j at ${uri} has no such database; check NEO4J_DATABASE`);
  }
  if (/ENOTFOUND|EAI_AGAIN|getaddrinfo/i.test(message)) {
    return new Neo4jUnavailableError(`cannot resolve the host of NEO4J_URI=${uri}; check the host name`);
  }
  if (
    /ECONNREFUSED|Failed to connect|ServiceUnavailable|Could not perform discovery|connection.*(closed|timed out|timeout)/i.test(
      code + message,
    )
  ) {
    return new Neo4jUnavailableError(
      `cannot reach Neo4j at ${uri} (connection refused or timed out); ${START_HINT}`,
    );
  }
  if (/Protocol|handshake|SSL|TLS|certificate|encrypt/i.test(message)) {
    return new Neo4jUnavailableError(
      `cannot talk Bolt to ${uri} (${firstLine(message)}); check the scheme (bolt://, neo4j://, neo4j+s://) and port`,
    );
  }
  return new Neo4jUnavailableError(`cannot use Neo4j at ${uri}: ${firstLine(message)}`);
}

/** True for failures that mean the server went away mid-work (as opposed to a bad query). */
export function isConnectionLoss(error: unknown): boolean {
  const code = error instanceof Neo4jError ? error.code : '';
  const message = error instanceof Error ? error.message : '';
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    /ECONNREFUSED|ECONNRESET|EPIPE|Failed to connect|Connection was closed|socket hang up/i.test(message)
  );
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? text).trim();
}
