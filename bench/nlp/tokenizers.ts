// The tokenizers compared: does each gold entity name in the text start and end on token edges (as gazetteer lookup needs)?

import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import nlpOne from 'compromise/one';
import type { Span } from '../../src/model/extraction.ts';
import { tokenize } from '../../src/extract/text/tokenize.ts';
import type { GoldArticle } from './gold-spans.ts';
import { fastestRate } from './fastest-rate.ts';

type Tokenizer = (text: string) => Span[];

// Tokens only: no sentence, tag or entity pass.
const wink = winkNLP(model, []);

function winkTokens(text: string): Span[] {
  const out: Span[] = [];
  let cursor = 0;
  for (const v of wink.readDoc(text).tokens().out(wink.its.value) as string[]) {
    const at = text.indexOf(v, cursor);
    if (at < 0) continue;
    out.push({ start: at, end: at + v.length });
    cursor = at + v.length;
  }
  return out;
}

function compromiseTokens(text: string): Span[] {
  const sentences = nlpOne(text).json({ offset: true }) as {
    terms: { offset: { start: number; length: number } }[];
  }[];
  return sentences.flatMap((s) =>
    s.terms.map(({ offset: o }) => ({ start: o.start, end: o.start + o.length })),
  );
}

export const TOKENIZERS: { name: string; tokens: Tokenizer }[] = [
  { name: 'ours', tokens: (text) => tokenize(text) },
  { name: 'wink-nlp', tokens: winkTokens },
  { name: 'compromise', tokens: compromiseTokens },
];

/** Every place a gold entity's name or alias stands in the text as a whole word ("Kim", not in "Kimberly"). */
function nameSpans(a: GoldArticle): Span[] {
  const { text } = a.article;
  const spans: Span[] = [];
  for (const e of a.gold.entities)
    for (const name of new Set([e.name, ...(e.aliases ?? [])])) {
      for (let at = text.indexOf(name); name && at >= 0; at = text.indexOf(name, at + 1)) {
        const end = at + name.length;
        if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[end] ?? ' '))
          spans.push({ start: at, end });
      }
    }
  return spans;
}

export function scoreTokenizer(articles: GoldArticle[], tokens: Tokenizer, iterations: number) {
  let names = 0;
  let aligned = 0;
  const misaligned: string[] = [];
  for (const a of articles) {
    const toks = tokens(a.article.text);
    const starts = new Set(toks.map((t) => t.start));
    const ends = new Set(toks.map((t) => t.end));
    for (const n of nameSpans(a)) {
      names++;
      if (starts.has(n.start) && ends.has(n.end)) aligned++;
      else misaligned.push(`${a.base}@${n.start}: ${a.article.text.slice(n.start, n.end + 3)}`);
    }
  }
  const kb = articles.reduce((sum, a) => sum + a.article.text.length, 0) / 1024;
  const kbPerSecond = fastestRate(kb, iterations, () => articles.forEach((a) => tokens(a.article.text)));
  return { figures: { names, aligned, kbPerSecond }, misaligned };
}
