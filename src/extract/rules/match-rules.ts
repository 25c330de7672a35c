// The one matcher every rule table runs on: rows tried in order, each named, the first (or every) result kept.

/**
 * One row of a rule table (tables live in src/extract/lexicon/). A new cue is a new row: `test` says where the
 * cue is (a regex result, a mention, a flag), `produce` says what it means there. Both are pure and total:
 * `test` returns null (or false) when the cue is absent, `produce` returns null to let the next row try.
 */
export interface Rule<Input, Hit, Output> {
  /** Names the cue in tests, logs and `kg eval --detail`, e.g. 'name-in-commas'. */
  name: string;
  test: (input: Input) => Hit | null | undefined | false;
  produce: (hit: Hit, input: Input) => Output | null;
}

/** A result with the name of the row that produced it. */
export interface Fired<Output> {
  rule: string;
  output: Output;
}

/** Any row of a table whose input is `Input` and result `Output`, whatever its hit type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each row keeps its own hit type
export type RuleTable<Input, Output> = readonly Rule<Input, any, Output>[];

/** The first row, in table order, whose cue is present and which produces a result. */
export function firstRule<Input, Output>(
  table: RuleTable<Input, Output>,
  input: Input,
): Fired<Output> | null {
  for (const row of table) {
    const hit = row.test(input);
    if (hit === null || hit === undefined || hit === false) continue;
    const output = row.produce(hit, input);
    if (output !== null) return { rule: row.name, output };
  }
  return null;
}

/** Every row that produces a result, in table order (for passes that collect, not choose). */
export function everyRule<Input, Output>(table: RuleTable<Input, Output>, input: Input): Fired<Output>[] {
  const fired: Fired<Output>[] = [];
  for (const row of table) {
    const hit = row.test(input);
    if (hit === null || hit === undefined || hit === false) continue;
    const output = row.produce(hit, input);
    if (output !== null) fired.push({ rule: row.name, output });
  }
  return fired;
}

/** The names of a table's rows in order, so tests can check every row they pin exists (and every row is pinned). */
export function ruleNames<Input, Output>(table: RuleTable<Input, Output>): string[] {
  return table.map((row) => row.name);
}

/**
 * A test that reads `field` of the input with `pattern`: the usual row, a regex over the text before a verb.
 * (`pattern` must not be global or sticky: exec would then carry state from one input to the next.)
 */
export function matches<Input>(
  pattern: RegExp,
  field: (input: Input) => string,
): (input: Input) => RegExpExecArray | null {
  return (input) => pattern.exec(field(input));
}
