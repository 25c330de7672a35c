// Compares our sentence splitter, tokenizer and date resolver with wink-nlp, compromise and chrono-node on gold sets.

import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadGoldSet, type GoldArticle } from './nlp/gold-spans.ts';
import { fastestRate } from './nlp/fastest-rate.ts';
import { dateSection, fixed, sentenceSection, tokenSection, type Section } from './nlp/report-sections.ts';
import { loadTaggers } from './nlp/time-taggers.ts';

const HELP = `Usage: node bench/nlp-libraries.bench.ts [DIR...] [--iterations N] [--detail]

Scores sentence splitters (ours, wink-nlp, compromise), tokenizers (the same three) and date resolvers
(ours, chrono-node) on the gold sets in each DIR (default: the dev corpus and test/fixtures/eval*),
times each (best of 5 rounds), and times part-of-speech tagging next to our whole extraction.
  --iterations N   timed passes over each set per figure (default 20)
  --detail         list every sentence break, name cut and event day where a library and ours differ
Ends with one JSON line of every figure.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    iterations: { type: 'string', default: '20' },
    detail: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const iterations = Math.max(1, Number(values.iterations) || 20);
const fixtures = (name: string) => join(import.meta.dirname, '../test/fixtures', name);
const dirs = positionals.length
  ? positionals
  : ['/work/shared/corpus/dev', ...['eval', 'eval-cold', 'eval-cold2'].map(fixtures)];

const table = (head: string[], rows: (string | number)[][]) =>
  [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
const machine = `Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores (one used)`;
console.log(`${machine}; ${iterations} timed passes per figure, best of 5 rounds`);

const sets: { name: string; articles: GoldArticle[] }[] = [];
for (const dir of dirs) {
  const articles = await loadGoldSet(dir);
  sets.push({ name: articles[0]?.set ?? dir, articles });
}

const figures: Record<string, Record<string, Section['figures'] | Record<string, number>>> = {};
for (const { name, articles } of sets) {
  console.log(`\n### ${name}: ${articles.length} articles`);
  const sections = {
    sentences: sentenceSection(articles, iterations),
    tokens: tokenSection(articles, iterations),
    dates: dateSection(articles, iterations),
  };
  figures[name] = {};
  for (const [key, s] of Object.entries(sections)) {
    console.log(s.rows.length ? `\n${table(s.head, s.rows)}` : `\n(${key}: ${s.detail.join(' ')})`);
    if (values.detail && s.rows.length && s.detail.length) console.log(`\n${s.detail.join('\n')}`);
    figures[name][key] = s.figures;
  }
}

// Last: loading full compromise changes compromise/one (see time-taggers.ts).
const taggers = await loadTaggers();
const tagRows = taggers.map(({ name, run }) => {
  const rates = sets.map(({ name: set, articles }) => {
    const rate = fixed(
      fastestRate(articles.length, iterations, () => articles.forEach(run)),
      0,
    );
    (figures[set]!.tagging ??= {})[name] = rate;
    return rate;
  });
  return [name, ...rates];
});
console.log(
  `\n### Part-of-speech tagging, articles/s\n\n${table(['', ...sets.map((s) => s.name)], tagRows)}\n`,
);
const rounded = (_: string, v: unknown) => (typeof v === 'number' ? fixed(v, 3) : v);
console.log(JSON.stringify({ bench: 'nlp-libraries', machine, iterations, sets: figures }, rounded));
