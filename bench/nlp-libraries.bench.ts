// Compares our sentence splitter and date resolver with wink-nlp, compromise and chrono-node on the gold sets.

import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import type { Sentence } from '../src/model/extraction.ts';
import { loadGoldSet, type GoldArticle } from './nlp/gold-spans.ts';
import { RESOLVERS } from './nlp/date-resolvers.ts';
import { fastestRate } from './nlp/fastest-rate.ts';
import { scoreDates, type DateFigures } from './nlp/score-dates.ts';
import { SPLITTERS, ours } from './nlp/sentence-splitters.ts';
import { scoreSplitter, type SplitterFigures } from './nlp/score-splitters.ts';
import { loadTaggers } from './nlp/time-taggers.ts';

const HELP = `Usage: node bench/nlp-libraries.bench.ts [DIR...] [--iterations N] [--detail]

Scores sentence splitters (ours, wink-nlp, compromise) and date resolvers (ours, chrono-node) on the
gold sets in each DIR (default: the dev corpus and test/fixtures/eval*), times them (best of 5 rounds),
and times part-of-speech tagging next to our whole extraction.
  --iterations N   timed passes over each set per figure (default 20)
  --detail         list every sentence break and every event day where a library and ours differ
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
const dirs = positionals.length
  ? positionals
  : ['/work/shared/corpus/dev', 'test/fixtures/eval', 'test/fixtures/eval-cold', 'test/fixtures/eval-cold2'];

const fixed = (n: number, digits = 2) => Number(n.toFixed(digits));
const table = (head: string[], rows: (string | number)[][]) =>
  [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
const machine = `Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores (one used)`;
console.log(`${machine}; ${iterations} timed passes per figure, best of 5 rounds`);

interface SetFigures {
  splitters: Record<string, SplitterFigures>;
  dates: Record<string, DateFigures>;
  articlesPerSecond: Record<string, number>;
}
const all: Record<string, SetFigures> = {};
const sets: { name: string; articles: GoldArticle[] }[] = [];
for (const dir of dirs) {
  const articles = await loadGoldSet(dir);
  sets.push({ name: articles[0]?.set ?? dir, articles });
}

for (const { name: set, articles } of sets) {
  const figures: SetFigures = { splitters: {}, dates: {}, articlesPerSecond: {} };
  all[set] = figures;
  console.log(`\n### ${set}: ${articles.length} articles\n`);
  const detail: string[] = [];
  const splitRows = SPLITTERS.map(({ name, split }) => {
    const { figures: f, disagreements } = scoreSplitter(articles, split, iterations);
    figures.splitters[name] = f;
    for (const d of disagreements)
      detail.push(`  ${name} ${d.only === 'library' ? 'only' : 'lacks'} ${d.article}@${d.at}: ${d.context}`);
    return [
      name,
      f.sentences,
      `${f.claimsCut}/${f.claims}`,
      `${f.mentionsCut}/${f.mentions}`,
      `+${f.extraBreaks} −${f.missingBreaks}`,
      fixed(f.entityF1),
      fixed(f.eventF1),
      fixed(f.claimF1),
      fixed(f.attribution),
      fixed(f.sentencesPerSecond, 0),
      fixed(f.kbPerSecond, 0),
    ];
  });
  console.log(
    table(
      [
        'splitter',
        'sentences',
        'claims cut',
        'mentions cut',
        'breaks +/− vs ours',
        'entity F1',
        'event F1',
        'claim F1',
        'attribution',
        'sentences/s',
        'KB/s',
      ],
      splitRows,
    ),
  );

  // Both resolvers read our sentences, so that only the reading of the expressions differs.
  const sentencesOf = new Map(articles.map((a) => [a, asSentences(a)]));
  const sentenceOf = (a: GoldArticle, at: number) =>
    sentencesOf.get(a)?.find((s) => s.start <= at && at < s.end);
  const timed = articles.flatMap((a) =>
    (sentencesOf.get(a) ?? []).map((s) => ({
      s,
      published: a.article.publishedAt ?? a.gold.published ?? '2020-01-01',
    })),
  );
  const baseline = scoreDates(articles, RESOLVERS[0]!.resolve, sentenceOf).readings;
  const dateRows = RESOLVERS.map(({ name, resolve }) => {
    const { figures: f, readings } = scoreDates(articles, resolve, sentenceOf);
    f.sentencesPerSecond = fastestRate(timed.length, iterations, () =>
      timed.forEach((x) => resolve(x.s, x.published)),
    );
    figures.dates[name] = f;
    readings.forEach((r, i) => {
      const mine = baseline[i]?.nearest.join(',');
      if (r.nearest.join(',') !== mine)
        detail.push(`  ${name} ${r.article} ${r.event} gold ${r.gold}: ours ${mine}, ${r.nearest.join(',')}`);
    });
    return [name, f.events, f.nearestRight, f.nearestWrong, f.anyRight, fixed(f.sentencesPerSecond, 0)];
  });
  console.log('');
  console.log(
    table(
      [
        'date resolver',
        'dated gold events with a mention',
        'nearest right',
        'nearest wrong',
        'any right',
        'sentences/s',
      ],
      dateRows,
    ),
  );
  if (values.detail && detail.length) console.log(`\n${detail.join('\n')}`);
}

// Last: loading full compromise changes compromise/one (see time-taggers.ts).
const taggers = await loadTaggers();
const tagRows = taggers.map(({ name, run }) => [
  name,
  ...sets.map(({ name: set, articles }) => {
    const rate = fastestRate(articles.length, iterations, () => articles.forEach(run));
    all[set]!.articlesPerSecond[name] = fixed(rate, 0);
    return fixed(rate, 0);
  }),
]);
console.log(`\n### Part-of-speech tagging, articles/s\n`);
console.log(table(['', ...sets.map((s) => s.name)], tagRows));
console.log('');
console.log(
  JSON.stringify({ bench: 'nlp-libraries', machine, iterations, sets: all }, (_, v: unknown) =>
    typeof v === 'number' ? fixed(v, 3) : v,
  ),
);

function asSentences(a: GoldArticle): Sentence[] {
  return ours(a.article).map((s, index) => ({ ...s, index, text: a.article.text.slice(s.start, s.end) }));
}
