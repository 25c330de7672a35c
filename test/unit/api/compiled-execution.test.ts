// When an operation is run compiled: only once repeated, only when small, only within the compile budget.

import { parse, type ExecutionArgs } from 'graphql';
import { describe, expect, it } from 'vitest';
import { useCompiledExecution, type CompileLimits } from '../../../src/api/compiled-execution.ts';
import { createSchema } from '../../../src/api/schema.ts';

const schema = createSchema();
const SMALL = '{ event(id: "event:x") { id label participants { role entity { id name } } } }';
const LARGE = `{ ${Array.from({ length: 12 }, (_, i) => `e${i}: event(id: "event:x") { id label }`).join(' ')} }`;

/** Runs the plugin's onExecute `times` times for `query`; true for each run it switched to the compiled executor. */
function compiledRuns(limits: CompileLimits, query: string, times: number): boolean[] {
  const plugin = useCompiledExecution(limits);
  const document = parse(query);
  return Array.from({ length: times }, () => {
    let compiled = false;
    const args = { schema, document, contextValue: {}, variableValues: {} } as ExecutionArgs;
    // Only the two fields the plugin reads are given.
    (plugin.onExecute as (payload: unknown) => void)({
      args,
      setExecuteFn: () => {
        compiled = true;
      },
    });
    return compiled;
  });
}

describe('compiled execution', () => {
  it('compiles an operation from its third run on', () => {
    const limits = { minRuns: 3, maxFields: 40, compileMsPerMinute: 500 };
    expect(compiledRuns(limits, SMALL, 5)).toEqual([false, false, true, true, true]);
  });

  it('never compiles an operation with more fields than the limit', () => {
    const limits = { minRuns: 1, maxFields: 20, compileMsPerMinute: 500 };
    expect(compiledRuns(limits, LARGE, 4)).toEqual([false, false, false, false]);
  });

  it('never compiles a mutation', () => {
    const limits = { minRuns: 1, maxFields: 40, compileMsPerMinute: 500 };
    const mutation = 'mutation { retractArticle(id: "article:x") { id nodesDeleted } }';
    expect(compiledRuns(limits, mutation, 2)).toEqual([false, false]);
  });

  it('runs uncompiled once the compile budget of the minute is spent', () => {
    const limits = { minRuns: 1, maxFields: 40, compileMsPerMinute: 0 };
    expect(compiledRuns(limits, SMALL, 3)).toEqual([false, false, false]);
  });
});
