// Expected API failures: GraphQLErrors with an extensions.code and a message that says what to fix.

// Built with yoga's own GraphQLError so its masking recognises them, whichever copy of graphql is loaded.
import { createGraphQLError } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';

export type ApiErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'SERVICE_UNAVAILABLE';

export function apiError(code: ApiErrorCode, message: string): GraphQLError {
  // Bad input is the client's to fix: HTTP 400 when it is the only error (GraphQL over HTTP).
  const http = code === 'BAD_USER_INPUT' ? { http: { status: 400 } } : {};
  return createGraphQLError(message, { extensions: { code, ...http } });
}

/** Checks a page size argument. */
export function pageSize(value: number, name = 'first', max = 500): number {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw apiError('BAD_USER_INPUT', `${name} must be an integer from 0 to ${max}, got ${value}`);
  }
  return value;
}

/** Offsets past 2^31 - 1 are no page of this graph, and Neo4j's SKIP refuses what is not an integer. */
const MAX_OFFSET = 2 ** 31 - 1;

/** Cursors are opaque to clients; inside they are a base64 offset. */
export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const offset = Number(
    Buffer.from(cursor, 'base64url')
      .toString('utf8')
      .replace(/^offset:/, ''),
  );
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET) {
    throw apiError(
      'BAD_USER_INPUT',
      'after is not a cursor this API returned; pass pageInfo.endCursor from a previous page',
    );
  }
  return offset;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');
}
