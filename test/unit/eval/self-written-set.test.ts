// The self-written evaluation set (test/fixtures/eval): genres the dev corpus lacks, gold written from GUIDE.md.

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { f1, share } from '../../../src/eval/counts.ts';
import { runEval } from '../../../src/eval/run-eval.ts';

const DIR = fileURLToPath(new URL('../../fixtures/eval/', import.meta.url));

describe('self-written evaluation set', () => {
  it('scores every article and clears the quality floor overall', async () => {
    const report = await runEval(DIR);
    expect(report.skipped).toEqual([]);
    expect(report.rows.length).toBeGreaterThanOrEqual(6);
    const { overall } = report;
    expect(f1(overall.entities)).toBeGreaterThanOrEqual(0.95);
    expect(f1(overall.events)).toBeGreaterThanOrEqual(0.85);
    expect(f1(overall.claims)).toBeGreaterThanOrEqual(0.95);
    expect(share(overall.attribution)).toBeGreaterThanOrEqual(0.95);
  });
});
