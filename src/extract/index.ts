// The extraction pipeline, pass by pass: article text in, typed facts out (pure; no I/O but the skip report).

import type { ArticleInfo, Extraction } from '../model/extraction.ts';
import { findClaims } from './claims/find-claims.ts';
import { findEntities } from './entities/find-entities.ts';
import { findEvents } from './events/find-events.ts';
import type { Gazetteer } from './gazetteer/gazetteer-types.ts';
import { loadGazetteer } from './gazetteer/load-gazetteer.ts';
import { boundOutput } from './bound-output.ts';
import { buildEntities } from './entities/build-entities.ts';
import { extractIsolated, type SkippedSentence } from './isolate-failures.ts';
import { findQuotedSpans } from './text/find-quotes.ts';
import { splitSentences } from './text/split-sentences.ts';
import { tokenize } from './text/tokenize.ts';
import type { TextLayer } from './types.ts';
import { extractByWindows } from './windows.ts';

export type { SkippedSentence } from './isolate-failures.ts';

export interface ExtractOptions {
  /** The known entities to read names against (default: the gazetteer built from seeds/gazetteer/). */
  gazetteer?: Gazetteer;
  /** Told about each sentence whose facts were skipped because a rule failed on it (default: one stderr line). */
  onSkip?: (skipped: SkippedSentence) => void;
}

/** Never throws: a sentence that makes a rule fail is skipped and reported, the rest is extracted. */
export function extractArticle(article: ArticleInfo, options: ExtractOptions = {}): Extraction {
  const g = options.gazetteer ?? loadGazetteer();
  const passes = (a: ArticleInfo) => runPasses(a, g);
  return boundOutput(extractIsolated(article, passes, bodySentences, options.onSkip ?? reportSkip));
}

/** The passes over the whole article, window by window when it is longer than real news (see windows.ts). */
export function runPasses(article: ArticleInfo, gazetteer: Gazetteer = loadGazetteer()): Extraction {
  return extractByWindows(article, (window) => runWindow(window, gazetteer));
}

/** Every pass takes what it reads as arguments, the gazetteer included, and returns a new layer. */
function runWindow(article: ArticleInfo, gazetteer: Gazetteer): Extraction {
  // 1. Text: quotations first, so sentence breaks inside a quotation do not split it.
  const quotes = findQuotedSpans(article.text, article.bodySpan.start, article.bodySpan.end);
  const sentences = splitSentences(article, quotes);
  const tokens = sentences.map((s) => tokenize(article.text, s.start, s.end));
  const text: TextLayer = { article, sentences, quotes, tokens };
  // 2. Entities: gazetteer, state organs, unknown names, surnames, metonyms, roles.
  const entities = findEntities(text, gazetteer);
  // 3. Events: trigger lexicon, dates against publishedAt, places, participants, coreference.
  const events = findEvents(text, entities, gazetteer);
  // 4. Claims: quotations and reported speech, speakers (pronouns included), what they are about, stance.
  const claims = findClaims(text, entities, events, gazetteer);
  return {
    article,
    sentences,
    entities: buildEntities(entities, new Set(events.map((e) => e.locationId ?? ''))),
    events,
    claims,
  };
}

function bodySentences(article: ArticleInfo) {
  return splitSentences(article, findQuotedSpans(article.text, article.bodySpan.start, article.bodySpan.end));
}

function reportSkip(s: SkippedSentence): void {
  console.warn(
    `kg: skipped the sentence at offsets ${s.span.start}-${s.span.end} of article ${s.articleId}: a rule failed (${s.message})`,
  );
}
