// Depth, alias and cost limits refuse abusive operations during validation.

import { describe, expect, it } from 'vitest';
import { buildSchema, parse, validate, specifiedRules } from 'graphql';
import { createOperationLimitsRule } from '../../../src/api/operation-limits.ts';

const schema = buildSchema(`type Node { name: String, next: Node, list: [Node] } type Query { node: Node }`);
const limits = { maxDepth: 4, maxAliases: 2, maxCost: 40 };

function errorsOf(query: string): string[] {
  return validate(schema, parse(query), [...specifiedRules, createOperationLimitsRule(limits)]).map(
    (error) => error.message,
  );
}

describe('operation limits', () => {
  it('accepts a modest query', () => {
    expect(errorsOf('{ node { name next { name } } }')).toEqual([]);
  });

  it('refuses a query deeper than the limit', () => {
    expect(errorsOf('{ node { next { next { next { name } } } } }')).toEqual([
      'operation is 5 levels deep; the limit is 4 (KG_MAX_DEPTH)',
    ]);
  });

  it('counts depth through fragments', () => {
    expect(
      errorsOf('query Q { node { ...F } } fragment F on Node { next { next { next { name } } } }')[0],
    ).toMatch(/5 levels deep/);
  });

  it('refuses too many aliases', () => {
    expect(errorsOf('{ a: node { name } b: node { name } c: node { name } }')).toContain(
      'operation uses 3 aliases; the limit is 2 (KG_MAX_ALIASES)',
    );
  });

  it('refuses an operation whose estimated cost is too high', () => {
    const wide = Array.from({ length: 30 }, (_, i) => `f${i}: name`).join(' ');
    expect(errorsOf(`{ node { ${wide} } }`).some((message) => message.includes('estimated cost'))).toBe(true);
  });
});
