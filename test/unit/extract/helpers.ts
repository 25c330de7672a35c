// Test helpers: extract from an inline text or the seed article, or run the first passes for one pass's rules.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../../src/article/parse-article.ts';
import { extractArticle } from '../../../src/extract/index.ts';
import type { Extraction } from '../../../src/model/extraction.ts';
import { findEntities } from '../../../src/extract/entities/find-entities.ts';
import { loadGazetteer } from '../../../src/extract/gazetteer/load-gazetteer.ts';
import { findQuotedSpans } from '../../../src/extract/text/find-quotes.ts';
import { splitSentences } from '../../../src/extract/text/split-sentences.ts';
import { tokenize } from '../../../src/extract/text/tokenize.ts';
import type { EntityLayer, TextLayer } from '../../../src/extract/types.ts';

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

/** The text and entity layers of an inline text (title "Talks"), for tests of one pass's rules. */
export function layersOf(
  body: string,
  published = '2019-02-28',
): { layer: TextLayer; entities: EntityLayer } {
  const article = parseArticle({ baseId: 'test', text: `Talks\n\n${body}`, sidecar: null }, { published });
  const quotes = findQuotedSpans(article.text, article.bodySpan.start, article.bodySpan.end);
  const sentences = splitSentences(article, quotes);
  const tokens = sentences.map((s) => tokenize(article.text, s.start, s.end));
  const layer: TextLayer = { article, sentences, quotes, tokens };
  return { layer, entities: findEntities(layer, loadGazetteer()) };
}

/** Every row name of a rule table that a table test does not pin: a rule nobody shows working. */
export function unpinned(table: readonly { name: string }[], pinned: readonly string[]): string[] {
  return table.map((row) => row.name).filter((name) => !pinned.includes(name));
}
