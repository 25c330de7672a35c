// Splits the title and body into sentences with offsets; a quotation that spans sentence breaks stays whole.

import { capture } from './capture.ts';
import type { ArticleInfo, Sentence, Span } from '../../model/extraction.ts';
import { ABBREVIATIONS } from '../lexicon/abbreviations.ts';
import { insideQuote, type QuotedSpan } from './find-quotes.ts';

/** Sentence 0 is the title when it has a span in the text; body sentences follow in order. */
export function splitSentences(article: ArticleInfo, quotes: QuotedSpan[]): Sentence[] {
  const pieces: Span[] = [];
  if (article.titleSpan) pieces.push(article.titleSpan);
  const { text } = article;
  const { start, end } = article.bodySpan;
  let paraStart = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n') {
      splitParagraph(text, paraStart, i, quotes, pieces);
      paraStart = i + 1;
    }
  }
  return pieces.map((span, index) => ({
    index,
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
  }));
}

function splitParagraph(text: string, start: number, end: number, quotes: QuotedSpan[], out: Span[]) {
  let sentStart = start;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < end && /["”’')\]]/.test(text[j]!)) j++;
    if (j < end && gluedBreak(text, i, j) && !endsWithAbbreviation(text, sentStart, i)) {
      // Aggregator copy drops the space: "aboard a private jet.In a post on X", "as president .She said".
      if (insideQuote(quotes, i) && insideQuote(quotes, j)) continue;
      pushTrimmed(text, sentStart, j, out);
      sentStart = j;
      i = j - 1;
      continue;
    }
    if (j >= end || !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < end && /\s/.test(text[k]!)) k++;
    if (k >= end || !/[\p{Lu}\p{N}"“‘'(]/u.test(text[k]!)) continue;
    if (ch === '.' && endsWithAbbreviation(text, sentStart, i)) continue;
    if (insideQuote(quotes, i) && insideQuote(quotes, k)) continue;
    pushTrimmed(text, sentStart, j, out);
    sentStart = k;
    i = k - 1;
  }
  pushTrimmed(text, sentStart, end, out);
}

/** A full stop glued to the next sentence: a lower-case word or a space before it, a capitalised word after. */
function gluedBreak(text: string, dot: number, next: number): boolean {
  return (
    text[dot] === '.' &&
    next === dot + 1 &&
    /[\p{Ll}\s]/u.test(text[dot - 1] ?? '') &&
    /\p{Ll}/u.test(text[dot - 2] ?? '') &&
    /^\p{Lu}\p{Ll}+\b/u.test(text.slice(next, next + 20))
  );
}

function endsWithAbbreviation(text: string, from: number, dot: number): boolean {
  const m = /(\S+)$/.exec(text.slice(Math.max(from, dot - 20), dot));
  if (!m) return false;
  const word = capture(m, 1).replace(/^["“(]/, '');
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // U.S, U.K, e.g
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "John F. Kennedy"
  return ABBREVIATIONS.has(word);
}

/**
 * The longest sentence kept whole. Real news sentences stay under 400 characters (a quotation running over
 * several sentences under 1,000); longer runs are lists or broken copy, cut at a space so that the rules, which
 * look back over a sentence from each verb, do bounded work per sentence.
 */
export const MAX_SENTENCE_CHARS = 1000;

function pushTrimmed(text: string, start: number, end: number, out: Span[]) {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  while (e - s > MAX_SENTENCE_CHARS) {
    let cut = text.lastIndexOf(' ', s + MAX_SENTENCE_CHARS);
    if (cut <= s + MAX_SENTENCE_CHARS / 2) cut = s + MAX_SENTENCE_CHARS;
    pushTrimmed(text, s, cut, out);
    s = cut;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
  }
  if (e > s) out.push({ start: s, end: e });
}
