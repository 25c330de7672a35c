// Renders an evaluation report as a fixed-width table (and the misses, with --detail).

import { f1, precision, recall, share, type Counts } from './counts.ts';
import type { EvalReport } from './run-eval.ts';
import type { ArticleScore } from './score-article.ts';

const prf = (c: Counts) => [precision(c), recall(c), f1(c)].map((n) => n.toFixed(2)).join(' ');

export function formatTable(report: EvalReport): string {
  const width = Math.max(8, ...report.rows.map((r) => r.article.length));
  const header = `${'article'.padEnd(width)}  entity P  R    F1  | event P   R    F1  | claim P   R    F1  | attrib | ev-date ev-loc`;
  const line = (name: string, s: ArticleScore) =>
    `${name.padEnd(width)}  ${prf(s.entities)} | ${prf(s.events)} | ${prf(s.claims)} |  ${share(s.attribution).toFixed(2)}  |  ${share(s.eventDate).toFixed(2)}   ${share(s.eventLocation).toFixed(2)}`;
  return [
    header,
    '-'.repeat(header.length),
    ...report.rows.map((r) => line(r.article, r.score)),
    '-'.repeat(header.length),
    line('OVERALL', report.overall),
    ...report.skipped.map((s) => `skipped ${s.article}: ${s.reason}`),
  ].join('\n');
}

export function formatMisses(report: EvalReport): string {
  const out: string[] = [];
  for (const r of report.rows) {
    if (r.score.misses.length === 0) continue;
    out.push(`\n## ${r.article}`);
    for (const m of r.score.misses) out.push(`  ${m.side} ${m.kind.padEnd(7)} ${m.text}`);
  }
  return out.join('\n');
}

export function reportAsJson(report: EvalReport): unknown {
  const summarize = (s: ArticleScore) => ({
    entities: {
      ...s.entities,
      precision: precision(s.entities),
      recall: recall(s.entities),
      f1: f1(s.entities),
    },
    events: { ...s.events, precision: precision(s.events), recall: recall(s.events), f1: f1(s.events) },
    claims: { ...s.claims, precision: precision(s.claims), recall: recall(s.claims), f1: f1(s.claims) },
    attribution: share(s.attribution),
    eventDate: share(s.eventDate),
    eventLocation: share(s.eventLocation),
  });
  return {
    articles: report.rows.map((r) => ({ article: r.article, ...summarize(r.score), misses: r.score.misses })),
    overall: summarize(report.overall),
    skipped: report.skipped,
  };
}
