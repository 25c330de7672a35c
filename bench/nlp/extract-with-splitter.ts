// Runs the extraction passes over sentences cut by any splitter, so that splitters are compared by what they yield.

import type { ArticleInfo, Extraction, Sentence } from '../../src/model/extraction.ts';
import { findClaims } from '../../src/extract/claims/find-claims.ts';
import { buildEntities } from '../../src/extract/entities/build-entities.ts';
import { findEntities } from '../../src/extract/entities/find-entities.ts';
import { findEvents } from '../../src/extract/events/find-events.ts';
import { loadGazetteer } from '../../src/extract/gazetteer/load-gazetteer.ts';
import { findQuotedSpans } from '../../src/extract/text/find-quotes.ts';
import { tokenize } from '../../src/extract/text/tokenize.ts';
import type { TextLayer } from '../../src/extract/types.ts';
import { scoreArticle, type ArticleScore } from '../../src/eval/score-article.ts';
import { sumScores } from '../../src/eval/run-eval.ts';
import type { GoldArticle } from './gold-spans.ts';
import type { Splitter } from './sentence-splitters.ts';

/** The passes of src/extract/index.ts with the sentence layer swapped (articles here are shorter than a window). */
export function extractWithSplitter(article: ArticleInfo, split: Splitter): Extraction {
  const gazetteer = loadGazetteer();
  const quotes = findQuotedSpans(article.text, article.bodySpan.start, article.bodySpan.end);
  const sentences: Sentence[] = split(article).map((s, index) => ({
    index,
    start: s.start,
    end: s.end,
    text: article.text.slice(s.start, s.end),
  }));
  const tokens = sentences.map((s) => tokenize(article.text, s.start, s.end));
  const layer: TextLayer = { article, sentences, quotes, tokens };
  const entities = findEntities(layer, gazetteer);
  const events = findEvents(layer, entities, gazetteer);
  const claims = findClaims(layer, entities, events, gazetteer);
  const locations = new Set(events.map((e) => e.locationId ?? ''));
  return { article, sentences, entities: buildEntities(entities, locations), events, claims };
}

/** The eval's micro-averaged score of the whole set, extracted with this splitter. */
export function scoreWithSplitter(articles: GoldArticle[], split: Splitter): ArticleScore {
  return sumScores(articles.map((a) => scoreArticle(extractWithSplitter(a.article, split), a.gold)));
}
