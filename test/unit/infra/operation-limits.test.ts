// The operation measure: depth, aliases, directives and a cost that multiplies by list sizes, introspection included.

import { describe, expect, it } from 'vitest';
import { getIntrospectionQuery, parse } from 'graphql';
import { loadConfig } from '../../../src/config.ts';
import { GRAPHIQL_EXAMPLES } from '../../../src/api/graphiql-examples.ts';
import { checkOperationLimits, measureOperation } from '../../../src/api/operation-limits.ts';
import { bracketNesting, parseWithinLimits } from '../../../src/api/parse-guard.ts';
import { createSchema } from '../../../src/api/schema.ts';

const schema = createSchema();
const defaults = loadConfig({}).server;

function measure(query: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const result = measureOperation(schema, parse(query), operationName, variables);
  if (!result) throw new Error('no operation');
  return result;
}

function refusal(query: string, variables: Record<string, unknown> = {}, operationName?: string) {
  return checkOperationLimits(measure(query, variables, operationName), defaults, operationName)?.message;
}

describe('operation cost', () => {
  it('multiplies by `first`, literal or variable', () => {
    expect(measure('{ articles(first: 10) { id title } }').cost).toBe(1 + 10 * 2);
    expect(measure('query($n: Int) { articles(first: $n) { id } }', { n: 7 }).cost).toBe(1 + 7);
    // the argument's default when not given
    expect(measure('{ articles { id } }').cost).toBe(1 + 50);
  });

  it('multiplies by the usual fan-out of a list without `first`', () => {
    expect(measure('{ article(id: "a") { entities { name } } }').cost).toBe(1 + (1 + 40 * 1));
    expect(measure('{ events(first: 5) { nodes { id } } }').cost).toBe(1 + 5 * (1 + 1));
  });

  it('refuses the nested articles→entities→events→participants query of issue 9, at any first', () => {
    const query =
      '{ articles(first: 1) { entities { events { participants { entity { events { participants { entity { events { id } } } } } } } } } }';
    expect(refusal(query)).toMatch(
      /^operation could return about [\d,.e+]+ values; the limit is 100000 \(KG_MAX_COST\)/,
    );
    expect(measure(query).depth).toBe(10);
  });

  it('counts aliases and cost inside __schema (the introspection bypass)', () => {
    const aliased = `{ __schema { ${Array.from({ length: 1000 }, (_, i) => `a${i}: types { name }`).join(' ')} } }`;
    expect(measure(aliased).aliases).toBe(1000);
    expect(refusal(aliased)).toBe('operation uses 1000 aliases; the limit is 30 (KG_MAX_ALIASES)');
    const nested =
      '{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }';
    expect(refusal(nested)).toMatch(/KG_MAX_COST/);
  });

  it('lets the standard introspection query and every GraphiQL example through', () => {
    expect(refusal(getIntrospectionQuery())).toBeUndefined();
    for (const name of ['AttackWithClaims', 'UsRussia', 'Contested', 'People']) {
      expect(refusal(GRAPHIQL_EXAMPLES, {}, name), name).toBeUndefined();
    }
  });

  it('measures a fragment bomb in linear time and refuses it', () => {
    const levels = 40;
    const fragments = Array.from(
      { length: levels },
      (_, i) =>
        `fragment F${i} on Article { a${i}: id ${i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : ''} }`,
    ).join('\n');
    const started = performance.now();
    const result = measure(`{ article(id: "x") { ...F0 } } ${fragments}`);
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.cost).toBeGreaterThan(1e11);
  });

  it('counts directives', () => {
    const many = Array.from({ length: 25 }, () => '@include(if: true)').join(' ');
    expect(refusal(`{ articles(first: 1) { id ${many} } }`)).toBe(
      'operation uses 25 directives; the limit is 20 (KG_MAX_DIRECTIVES)',
    );
  });
});

describe('parse guard', () => {
  it('measures bracket nesting, ignoring strings and comments', () => {
    expect(bracketNesting('{ a(x: "[[[[") { b } } # ((((')).toBe(2);
    expect(bracketNesting('{ a(x: [[[1]]]) }')).toBe(5);
  });

  it('refuses a list literal 3,000 deep as BAD_USER_INPUT instead of overflowing the stack', () => {
    const deep = `{ search(text: ${'['.repeat(3000)}"x"${']'.repeat(3000)}) { score } }`;
    expect(() => parseWithinLimits(deep, undefined, 100_000)).toThrow(
      /nests lists, objects or selections 3002 levels deep; the limit is 64/,
    );
  });

  it('refuses a document over the token limit', () => {
    expect(() => parseWithinLimits(`{ ${'a '.repeat(300)} }`, undefined, 100)).toThrow(
      'the query has more than 100 tokens (KG_MAX_TOKENS); split it into smaller operations',
    );
  });
});
