// Extraction throughput over a corpus directory: articles/s and KB/s in one process, after a warm-up.
// Run: ./node_modules/.bin/node bench/extract.bench.ts [DIR] [--iterations N] [--write]

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { printUsageWhenAsked } from './bench-usage.ts';
import { decodeArticleText, articleIdFromPath } from '../src/article/read-article-file.ts';
import { parseArticle } from '../src/article/parse-article.ts';
import { extractArticle } from '../src/extract/index.ts';

printUsageWhenAsked(`
Usage: node bench/extract.bench.ts [DIR] [--iterations N] [--write]
Extraction throughput (articles/s, KB/s) over the .txt articles of DIR (default /work/shared/corpus/dev).
  --iterations N   timed passes after a warm-up (default 200)
  --write          also write the figures into their section of bench/RESULTS.md
`);
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { iterations: { type: 'string', default: '200' }, write: { type: 'boolean', default: false } },
});
const dir = positionals[0] ?? '/work/shared/corpus/dev';
const iterations = Number(values.iterations);

const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
const articles = await Promise.all(
  names.map(async (n) => {
    const path = join(dir, n);
    const text = decodeArticleText(path, await readFile(path));
    return { path, text, bytes: Buffer.byteLength(text) };
  }),
);
const totalBytes = articles.reduce((s, a) => s + a.bytes, 0);

function runOnce(): number {
  let facts = 0;
  for (const a of articles) {
    const info = parseArticle(
      { baseId: articleIdFromPath(a.path), text: a.text, sidecar: null, path: a.path },
      {},
    );
    const x = extractArticle(info);
    facts += x.entities.length + x.events.length + x.claims.length;
  }
  return facts;
}

for (let i = 0; i < 20; i++) runOnce(); // warm-up: JIT and the gazetteer load
const started = process.hrtime.bigint();
for (let i = 0; i < iterations; i++) runOnce();
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const articlesPerSecond = (articles.length * iterations) / seconds;
const kbPerSecond = (totalBytes * iterations) / 1024 / seconds;

const report = [
  '## Extraction throughput',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} with \`./node_modules/.bin/node bench/extract.bench.ts ${dir} --iterations ${iterations}\``,
  '',
  `- Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores (one used)`,
  `- Corpus: ${articles.length} articles, ${(totalBytes / 1024).toFixed(1)} KB; warm-up 20 passes, then ${iterations} passes`,
  `- **${articlesPerSecond.toFixed(0)} articles/s**, **${kbPerSecond.toFixed(0)} KB/s** (${((seconds / (articles.length * iterations)) * 1000).toFixed(2)} ms per article)`,
  '',
].join('\n');
process.stdout.write(report);

if (values.write) {
  const path = join(import.meta.dirname, 'RESULTS.md');
  const existing = await readFile(path, 'utf8').catch(() => '# Benchmark results\n\n');
  const section = /## Extraction throughput\n[\s\S]*?(?=\n## |$)/;
  const next = section.test(existing)
    ? existing.replace(section, report)
    : `${existing.trimEnd()}\n\n${report}`;
  await writeFile(path, next);
}
