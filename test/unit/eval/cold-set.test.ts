// The cold evaluation set (test/fixtures/eval-cold): gold written from GUIDE.md before the extractor ever saw
// the text; scored first without any fix. Floors are the values reached after general fixes, rounded down.

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { f1, share } from '../../../src/eval/counts.ts';
import { runEval } from '../../../src/eval/run-eval.ts';

const DIR = fileURLToPath(new URL('../../fixtures/eval-cold/', import.meta.url));

describe('cold evaluation set', () => {
  it('scores every article and clears the quality floor overall', async () => {
    const report = await runEval(DIR);
    expect(report.skipped).toEqual([]);
    expect(report.rows.length).toBeGreaterThanOrEqual(8);
    const { overall } = report;
    expect(f1(overall.entities)).toBeGreaterThanOrEqual(0.95);
    expect(f1(overall.events)).toBeGreaterThanOrEqual(0.95);
    expect(f1(overall.claims)).toBeGreaterThanOrEqual(0.95);
    expect(share(overall.attribution)).toBeGreaterThanOrEqual(0.95);
  });
});
