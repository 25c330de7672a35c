// Test helpers: extract from an inline text or the seed article, with a publication date.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../../src/article/parse-article.ts';
import { extractArticle } from '../../../src/extract/index.ts';
import type { Extraction } from '../../../src/model/extraction.ts';

export const SEED_PATH = join(import.meta.dirname, '../../../seeds/articles/000_378aaa2b4c064df4.txt');

export function extractText(text: string, published: string | null = '2017-04-12'): Extraction {
  return extractArticle(parseArticle({ baseId: 'test', text, sidecar: null }, { published }));
}

export function extractSeed(): Extraction {
  const text = readFileSync(SEED_PATH, 'utf8');
  const sidecar = JSON.parse(readFileSync(SEED_PATH.replace(/\.txt$/, '.meta.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  return extractArticle(parseArticle({ baseId: '000_378aaa2b4c064df4', text, sidecar, path: SEED_PATH }, {}));
}

export function claimContaining(x: Extraction, words: string) {
  return x.claims.find((c) => c.text.includes(words));
}
