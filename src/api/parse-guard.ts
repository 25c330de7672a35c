// Parses a GraphQL document only when it is small and shallow enough: the parser recurses and would overflow.

import { parse, type DocumentNode, type ParseOptions, type Source } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';

/** Deeper bracket nesting than any real query needs, far below where the recursive parser overflows (~1,500). */
export const MAX_BRACKET_NESTING = 64;

/** Parses `source` with a token limit; refuses too deep nesting before the parser can overflow its stack. */
export function parseWithinLimits(
  source: string | Source,
  options: ParseOptions | undefined,
  maxTokens: number,
): DocumentNode {
  const body = typeof source === 'string' ? source : source.body;
  const nesting = bracketNesting(body);
  if (nesting > MAX_BRACKET_NESTING) {
    throw createGraphQLError(
      `the query nests lists, objects or selections ${nesting} levels deep; the limit is ${MAX_BRACKET_NESTING}: pass flat values (a list of strings, not lists of lists)`,
      { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
    );
  }
  try {
    return parse(source, { ...options, maxTokens });
  } catch (error) {
    if (error instanceof Error && /contains more that \d+ tokens/.test(error.message)) {
      throw createGraphQLError(
        `the query has more than ${maxTokens} tokens (KG_MAX_TOKENS); split it into smaller operations`,
        { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } },
      );
    }
    if (error instanceof RangeError) {
      throw createGraphQLError('the query is nested too deeply to read; flatten it', {
        extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
      });
    }
    throw error;
  }
}

/** Deepest nesting of ( [ { outside strings and comments, in one linear pass. */
export function bracketNesting(body: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i];
    if (char === '#') {
      while (i < body.length && body[i] !== '\n' && body[i] !== '\r') i += 1;
    } else if (char === '"') {
      if (body.startsWith('"""', i)) {
        const end = body.indexOf('"""', i + 3);
        i = end === -1 ? body.length : end + 2;
      } else {
        i += 1;
        while (i < body.length && body[i] !== '"' && body[i] !== '\n') i += body[i] === '\\' ? 2 : 1;
      }
    } else if (char === '(' || char === '[' || char === '{') {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (char === ')' || char === ']' || char === '}') {
      depth = Math.max(0, depth - 1);
    }
  }
  return deepest;
}
