// Builds N in-memory article variants (distinct ids and dates) from the seed and, when present, the dev corpus.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../src/article/parse-article.ts';
import { extractArticle } from '../src/extract/index.ts';
import type { Extraction } from '../src/model/extraction.ts';
import { PROJECT_ROOT } from '../src/config.ts';

const DEV_CORPUS = join(PROJECT_ROOT, '..', 'shared', 'corpus', 'dev');

function baseTexts(): string[] {
  const texts = [readFileSync(join(PROJECT_ROOT, 'seeds', 'articles', '000_378aaa2b4c064df4.txt'), 'utf8')];
  if (existsSync(DEV_CORPUS)) {
    for (const name of readdirSync(DEV_CORPUS)
      .filter((file) => file.endsWith('.txt'))
      .sort()) {
      if (!name.startsWith('000_')) texts.push(readFileSync(join(DEV_CORPUS, name), 'utf8'));
    }
  }
  return texts;
}

/** Variant n gets id `bench-n` and a publication date n days after 2017-01-01. */
export function articleVariants(count: number): Extraction[] {
  const texts = baseTexts();
  return Array.from({ length: count }, (_, n) => {
    const published = new Date(Date.UTC(2017, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const text = (texts[n % texts.length] as string).replace(/^published: .*$/m, `published: ${published}`);
    return extractArticle(
      parseArticle({ baseId: `bench-${n}`, text, sidecar: { published } }, { published }),
    );
  });
}
