// The sentence splitters compared: ours, wink-nlp (its sentence pass only) and compromise (its tokenizer level).

import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import nlpOne from 'compromise/one';
import type { ArticleInfo, Span } from '../../src/model/extraction.ts';
import { findQuotedSpans } from '../../src/extract/text/find-quotes.ts';
import { splitSentences } from '../../src/extract/text/split-sentences.ts';

/** Sentence spans of an article: the title first when it has a span, then the body. */
export type Splitter = (article: ArticleInfo) => Span[];

// Only the sentence-boundary pass: tokenizing is unavoidable, tagging and entities are not asked for.
const wink = winkNLP(model, ['sbd']);

export const ours: Splitter = (article) =>
  splitSentences(article, findQuotedSpans(article.text, article.bodySpan.start, article.bodySpan.end));

/**
 * A library splitter given the whole body (the title is sentence 0, as in ours). Both libraries already end a
 * sentence at every line break of these files: given one line at a time they cut at the same places.
 */
function libraryOf(splitBody: (body: string) => Span[]): Splitter {
  return (article) => {
    const { text, titleSpan, bodySpan } = article;
    const body = splitBody(text.slice(bodySpan.start, bodySpan.end));
    const spans = body.map((s) => trimmed(text, bodySpan.start + s.start, bodySpan.start + s.end));
    return [...(titleSpan ? [titleSpan] : []), ...spans].filter((s) => s.end > s.start);
  };
}

function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** wink gives sentences as token ranges; tokens are found in the text in order to get their offsets back. */
function winkSentences(piece: string): Span[] {
  const doc = wink.readDoc(piece);
  const values = doc.tokens().out(wink.its.value) as string[];
  const starts: number[] = [];
  let cursor = 0;
  for (const v of values) {
    const at = piece.indexOf(v, cursor);
    starts.push(at < 0 ? cursor : at);
    cursor = at < 0 ? cursor : at + v.length;
  }
  return (doc.sentences().out(wink.its.span) as unknown as [number, number][]).map(([first, last]) => ({
    start: starts[first] ?? 0,
    end: (starts[last] ?? 0) + (values[last]?.length ?? 0),
  }));
}

/** compromise's offsets start after an opening quotation mark (kept as the first word's "pre"): take it back. */
function compromiseSentences(piece: string): Span[] {
  const sentences = nlpOne(piece).json({ offset: true }) as { offset?: { start: number; length: number } }[];
  return sentences.flatMap(({ offset }) => {
    if (!offset) return [];
    let start = offset.start;
    while (start > 0 && /["“‘'([]/.test(piece[start - 1]!)) start--;
    return [{ start, end: offset.start + offset.length }];
  });
}

export const SPLITTERS: { name: string; split: Splitter }[] = [
  { name: 'ours', split: ours },
  { name: 'wink-nlp', split: libraryOf(winkSentences) },
  { name: 'compromise', split: libraryOf(compromiseSentences) },
];
