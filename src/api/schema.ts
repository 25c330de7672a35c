// Builds the executable schema from schema/*.graphql and the resolvers.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { PROJECT_ROOT } from '../config.ts';
import { deferredFieldResolvers } from './resolvers/deferred-fields.ts';
import { mutationResolvers } from './resolvers/mutation.ts';
import { queryResolvers } from './resolvers/query.ts';
import { typeResolvers } from './resolvers/types.ts';
import { DateScalar, DateTimeScalar } from './scalars.ts';

export function loadTypeDefs(dir = join(PROJECT_ROOT, 'schema')): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

export function createSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: [
      { Date: DateScalar, DateTime: DateTimeScalar },
      queryResolvers,
      typeResolvers,
      mutationResolvers,
      deferredFieldResolvers,
    ],
  });
}
