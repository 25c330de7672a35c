// Projected values travel as lists of values in a known column order (no map keys over Bolt); rebuilt here as objects.

/** One entry of a positional value: the key it is rebuilt under and, for a nested projection, its shape. */
export type Shape = ReadonlyArray<readonly [key: string, inner?: Inner]>;

/** A nested projected value: one positional value (`many: false`, may be null) or a list of them. */
export interface Inner {
  shape: Shape;
  many: boolean;
}

/** A projected Cypher expression with the shape of what it yields; reads as its Cypher in template strings. */
export class Projected {
  readonly cypher: string;
  readonly shape: Shape;

  constructor(cypher: string, shape: Shape) {
    this.cypher = cypher;
    this.shape = shape;
  }

  toString(): string {
    return this.cypher;
  }

  one(): Inner {
    return { shape: this.shape, many: false };
  }

  many(): Inner {
    return { shape: this.shape, many: true };
  }
}

/** One entry to project: its key, its Cypher expression, and the shape when it is itself a projection. */
export type Entry = readonly [key: string, cypher: string, inner?: Inner];

/**
 * `[e1, e2, …]` for the entries. Decoding a Bolt list skips the key strings a map repeats for every item,
 * which is most of the driver's work on long lists of small records. `variable` is null when the value is
 * never null; else a null node yields null, as a map projection of it would.
 */
export function positional(entries: readonly Entry[], variable: string | null = null): Projected {
  const list = `[${entries.map(([, cypher]) => cypher).join(', ')}]`;
  const cypher = variable === null ? list : `CASE WHEN ${variable} IS NULL THEN null ELSE ${list} END`;
  return new Projected(
    cypher,
    entries.map(([key, , inner]) => (inner ? ([key, inner] as const) : ([key] as const))),
  );
}

/** The object a positional value stands for (nested projections rebuilt too); null stays null. */
export function rebuild(value: unknown, inner: Inner): unknown {
  if (value === null || value === undefined) return null;
  if (inner.many) return (value as unknown[]).map((item) => rebuildOne(item as unknown[], inner.shape));
  return rebuildOne(value as unknown[], inner.shape);
}

function rebuildOne(values: unknown[], shape: Shape): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < shape.length; i++) {
    const [key, inner] = shape[i] as Shape[number];
    const value = values[i];
    out[key] = inner ? rebuild(value, inner) : value;
  }
  return out;
}
