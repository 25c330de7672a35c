// Extraction time on hostile input at 10, 100 and 1,000 KB: time per KB must stay flat (linear growth).
// Run: ./node_modules/.bin/node bench/extract-adversarial.bench.ts [--sizes 10,100,1000] [--write]

import { readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { printUsageWhenAsked } from './bench-usage.ts';
import { extractArticle } from '../src/extract/index.ts';
import { ADVERSARIAL_UNITS, adversarialMix, hostileArticle, repeatedUnit } from './adversarial-input.ts';

printUsageWhenAsked(`
Usage: node bench/extract-adversarial.bench.ts [--sizes 10,100,1000] [--write]
Extraction time on hostile input at each size in KB: time per KB must stay flat.
  --sizes LIST   comma-separated sizes in KB (default 10,100,1000)
  --write        also write the figures into their section of bench/RESULTS.md
`);
const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '10,100,1000' }, write: { type: 'boolean', default: false } },
});
const sizes = values.sizes.split(',').map(Number);

function measure(text: string) {
  const started = process.hrtime.bigint();
  const x = extractArticle(hostileArticle(text));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, claims: x.claims.length, claimChars: x.claims.reduce((n, c) => n + c.text.length, 0) };
}

extractArticle(hostileArticle(adversarialMix(20_000))); // warm-up: JIT and the gazetteer load
const inputs: [string, (bytes: number) => string][] = [
  ['mix of all', adversarialMix],
  ...Object.entries(ADVERSARIAL_UNITS).map(
    ([name, unit]) => [name, (bytes: number) => repeatedUnit(unit, bytes)] as [string, (b: number) => string],
  ),
];
const rows: string[] = [];
for (const [name, make] of inputs) {
  const cells = sizes.map((kb) => {
    const r = measure(make(kb * 1024));
    return `${(r.ms / 1000).toFixed(2)} s (${(r.ms / kb).toFixed(1)} ms/KB, ${r.claims} claims)`;
  });
  const row = `| ${name} | ${cells.join(' | ')} |`;
  rows.push(row);
  process.stderr.write(`${row}\n`);
}

const report = [
  '## Extraction on adversarial input',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} with \`./node_modules/.bin/node bench/extract-adversarial.bench.ts --sizes ${values.sizes}\``,
  `(Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores shared with other work).`,
  'Each input repeats one unit (or all in turn) to the size shown; flat ms/KB across a row is linear growth.',
  '',
  `| input | ${sizes.map((s) => `${s} KB`).join(' | ')} |`,
  `| --- | ${sizes.map(() => '---').join(' | ')} |`,
  ...rows,
  '',
].join('\n');
process.stdout.write(report);

if (values.write) {
  const path = join(import.meta.dirname, 'RESULTS.md');
  const existing = await readFile(path, 'utf8').catch(() => '# Benchmark results\n\n');
  const section = /## Extraction on adversarial input\n[\s\S]*?(?=\n## |$)/;
  const next = section.test(existing)
    ? existing.replace(section, report)
    : `${existing.trimEnd()}\n\n${report}`;
  await writeFile(path, next);
}
