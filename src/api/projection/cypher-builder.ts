// Collects the parameters and fresh variable names of one generated Cypher statement (values never in the text).

export class CypherBuilder {
  readonly params: Record<string, unknown> = {};
  private counter = 0;

  /** Adds `value` as a parameter and returns its reference (`$p3`). */
  param(value: unknown): string {
    const name = `p${this.counter++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** A variable name no other part of the statement uses. */
  variable(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }
}

/** The key a projected nested value is rebuilt under: its response key, marked so resolvers can tell. */
export function projectedName(responseKey: string): string {
  return `@${responseKey}`;
}

/** Reads a value the projector put on a record for the field answering under `responseKey`. */
export function projectedValue(parent: unknown, responseKey: string | number): unknown {
  if (parent === null || typeof parent !== 'object') return undefined;
  return (parent as Record<string, unknown>)[`@${responseKey}`];
}

type Resolver = (
  parent: never,
  args: never,
  context: never,
  info: { path: { key: string | number }; fieldName: string },
) => unknown;

/** A field resolver that answers from the projected value when the root statement fetched it, else as before. */
export function projectedOr<F extends Resolver>(fallback?: F) {
  return (
    parent: unknown,
    args: unknown,
    context: unknown,
    info: { path: { key: string | number }; fieldName: string },
  ) => {
    const value = projectedValue(parent, info.path.key);
    if (value !== undefined) return value;
    if (fallback) return (fallback as unknown as (...all: unknown[]) => unknown)(parent, args, context, info);
    return (parent as Record<string, unknown>)[info.fieldName];
  };
}
