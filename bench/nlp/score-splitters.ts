// Scores a sentence splitter: gold spans it cuts, boundaries it disagrees on with ours, extraction F1, speed.

import type { Span } from '../../src/model/extraction.ts';
import { f1, share } from '../../src/eval/counts.ts';
import type { GoldArticle } from './gold-spans.ts';
import { ours, type Splitter } from './sentence-splitters.ts';
import { scoreWithSplitter } from './extract-with-splitter.ts';
import { fastestRate } from './fastest-rate.ts';

export interface SplitterFigures {
  sentences: number;
  /** Gold claim texts / event mentions not inside one sentence, out of how many were found in the text. */
  claimsCut: number;
  claims: number;
  mentionsCut: number;
  mentions: number;
  /** Sentence starts this splitter has and ours has not, and the reverse. */
  extraBreaks: number;
  missingBreaks: number;
  entityF1: number;
  eventF1: number;
  claimF1: number;
  attribution: number;
  sentencesPerSecond: number;
  kbPerSecond: number;
}

/** A break the two splitters disagree on, with a little text around it for reading by hand. */
export interface Disagreement {
  article: string;
  at: number;
  only: 'library' | 'ours';
  context: string;
}

const cut = (spans: Span[], sentences: Span[]) =>
  spans.filter((g) => !sentences.some((s) => s.start <= g.start && g.end <= s.end)).length;

export function scoreSplitter(articles: GoldArticle[], split: Splitter, iterations: number) {
  const disagreements: Disagreement[] = [];
  let sentences = 0;
  let claimsCut = 0;
  let mentionsCut = 0;
  let extraBreaks = 0;
  let missingBreaks = 0;
  for (const a of articles) {
    const mine = split(a.article);
    sentences += mine.length;
    claimsCut += cut(a.claimSpans, mine);
    mentionsCut += cut(a.mentionSpans, mine);
    const theirs = new Set(mine.map((s) => s.start));
    const base = new Set(ours(a.article).map((s) => s.start));
    const note = (at: number, only: Disagreement['only']) => {
      if (only === 'library') extraBreaks++;
      else missingBreaks++;
      const context =
        a.article.text.slice(Math.max(0, at - 50), at) + ' ‖ ' + a.article.text.slice(at, at + 30);
      disagreements.push({ article: a.base, at, only, context: context.replace(/\s+/g, ' ') });
    };
    for (const at of theirs) if (!base.has(at)) note(at, 'library');
    for (const at of base) if (!theirs.has(at)) note(at, 'ours');
  }
  const score = scoreWithSplitter(articles, split);
  const chars = articles.reduce((n, a) => n + a.article.text.length, 0);
  const perSecond = fastestRate(1, iterations, () => articles.forEach((a) => split(a.article)));
  const figures: SplitterFigures = {
    sentences,
    claimsCut,
    claims: articles.reduce((n, a) => n + a.claimSpans.length, 0),
    mentionsCut,
    mentions: articles.reduce((n, a) => n + a.mentionSpans.length, 0),
    extraBreaks,
    missingBreaks,
    entityF1: f1(score.entities),
    eventF1: f1(score.events),
    claimF1: f1(score.claims),
    attribution: share(score.attribution),
    sentencesPerSecond: sentences * perSecond,
    kbPerSecond: (chars / 1024) * perSecond,
  };
  return { figures, disagreements };
}
