// Runs extraction over every article in a directory that has a .gold.json beside it and scores it.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleInputError } from '../article/article-input-error.ts';
import { readArticleFile } from '../article/read-article-file.ts';
import { parseArticle } from '../article/parse-article.ts';
import { extractArticle } from '../extract/index.ts';
import { addCounts, addRatio, emptyCounts, emptyRatio } from './counts.ts';
import { loadGold, type Gold } from './gold.ts';
import { scoreArticle, type ArticleScore } from './score-article.ts';

export interface EvalRow {
  article: string;
  score: ArticleScore;
}

export interface EvalReport {
  rows: EvalRow[];
  overall: ArticleScore;
  /** Articles that could not be read or parsed, with the reason; they are left out of the scores. */
  skipped: { article: string; reason: string }[];
}

const MAX_BYTES = 5_000_000;

/** An article of the evaluation folder, parsed (with the gold's publication day when it has none) and its gold. */
export interface EvalArticle {
  base: string;
  gold: Gold;
  article: ReturnType<typeof parseArticle>;
}

/** Every article in `dir` with a .gold.json beside it, in name order; unreadable ones are listed apart. */
export async function loadEvalArticles(
  dir: string,
): Promise<{ articles: EvalArticle[]; skipped: EvalReport['skipped'] }> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.gold.json')).sort();
  const articles: EvalArticle[] = [];
  const skipped: EvalReport['skipped'] = [];
  for (const goldFile of files) {
    const base = goldFile.slice(0, -'.gold.json'.length);
    const articlePath = await findArticle(dir, base);
    if (!articlePath) continue;
    try {
      const gold = await loadGold(join(dir, goldFile));
      const file = await readArticleFile(articlePath, MAX_BYTES);
      const probe = parseArticle(file, {});
      const article = probe.publishedAt ? probe : parseArticle(file, { published: gold.published });
      articles.push({ base, gold, article });
    } catch (error) {
      if (!(error instanceof ArticleInputError) && !(error instanceof SyntaxError)) throw error;
      skipped.push({ article: base, reason: error.message });
    }
  }
  return { articles, skipped };
}

export async function runEval(dir: string): Promise<EvalReport> {
  const { articles, skipped } = await loadEvalArticles(dir);
  const rows = articles.map(({ base, gold, article }) => ({
    article: base,
    score: scoreArticle(extractArticle(article), gold),
  }));
  return { rows, overall: sumScores(rows.map((r) => r.score)), skipped };
}

async function findArticle(dir: string, base: string): Promise<string | null> {
  const names = await readdir(dir);
  const hit =
    names.find((n) => n === `${base}.txt`) ??
    names.find((n) => n.startsWith(`${base}.`) && !n.endsWith('.json'));
  return hit ? join(dir, hit) : null;
}

export function sumScores(scores: ArticleScore[]): ArticleScore {
  const total: ArticleScore = {
    entities: emptyCounts(),
    events: emptyCounts(),
    claims: emptyCounts(),
    attribution: emptyRatio(),
    eventDate: emptyRatio(),
    eventLocation: emptyRatio(),
    misses: [],
  };
  for (const s of scores) {
    total.entities = addCounts(total.entities, s.entities);
    total.events = addCounts(total.events, s.events);
    total.claims = addCounts(total.claims, s.claims);
    total.attribution = addRatio(total.attribution, s.attribution);
    total.eventDate = addRatio(total.eventDate, s.eventDate);
    total.eventLocation = addRatio(total.eventLocation, s.eventLocation);
  }
  return total;
}
