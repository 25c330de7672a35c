// Reads, parses and extracts one article file: the whole pure pipeline behind one call.

import { readArticleFile } from '../article/read-article-file.ts';
import { parseArticle } from '../article/parse-article.ts';
import { extractArticle } from '../extract/index.ts';
import type { Extraction } from '../model/extraction.ts';

export interface ExtractFileOptions {
  maxBytes: number;
  /** Overrides the article's own publication date (YYYY-MM-DD). */
  published?: string | null;
}

export async function extractArticleFile(path: string, options: ExtractFileOptions): Promise<Extraction> {
  const file = await readArticleFile(path, options.maxBytes);
  const article = parseArticle(file, { published: options.published ?? null });
  return extractArticle(article);
}
