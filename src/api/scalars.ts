// The Date and DateTime scalars: ISO strings on the wire, checked on the way in.

import { GraphQLScalarType, Kind } from 'graphql';
import { apiError } from './api-errors.ts';

function checkDate(value: unknown): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const parsed = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value)) return value;
  }
  throw apiError(
    'BAD_USER_INPUT',
    `Date must be a calendar day written YYYY-MM-DD, got ${JSON.stringify(value)}`,
  );
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar day, ISO 8601 YYYY-MM-DD.',
  serialize: (value) => String(value).slice(0, 10),
  parseValue: checkDate,
  parseLiteral: (ast) => checkDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'A point in time, ISO 8601 with offset.',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return value;
    throw apiError('BAD_USER_INPUT', `DateTime must be ISO 8601, got ${JSON.stringify(value)}`);
  },
});
