// Resolvers for fields whose parent object holds a function to call only when the field is selected.

import type { GraphQLResolveInfo } from 'graphql';

/**
 * Calls the parent's function for this field (a loader call, made only when a query selects it). graphql-js's
 * default resolver does this for any function-valued property; the compiled executor (graphql-jit) reads
 * properties without calling them, so every such field is named here.
 */
export function callDeferred(
  parent: Record<string, unknown>,
  _args: unknown,
  _context: unknown,
  info: GraphQLResolveInfo,
): unknown {
  const value = parent[info.fieldName];
  return typeof value === 'function' ? (value as () => unknown)() : value;
}

/** The types and fields whose values the resolvers hand over as functions. */
export const deferredFieldResolvers = {
  Provenance: { article: callDeferred, sentence: callDeferred },
  Role: { sources: callDeferred },
  Bilateral: { a: callDeferred, b: callDeferred },
  EventMergeCandidate: { a: callDeferred, b: callDeferred },
  ConnectionStep: {
    entity: callDeferred,
    event: callDeferred,
    claim: callDeferred,
    article: callDeferred,
  },
  IngestResult: { article: callDeferred },
};
