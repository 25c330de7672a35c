// The bench's three sections over one gold set (sentences, tokens, dates): table rows, figures, and detail lines.

import type { Sentence } from '../../src/model/extraction.ts';
import type { GoldArticle } from './gold-spans.ts';
import { RESOLVERS } from './date-resolvers.ts';
import { fastestRate } from './fastest-rate.ts';
import { scoreDates } from './score-dates.ts';
import { SPLITTERS, ours } from './sentence-splitters.ts';
import { scoreSplitter } from './score-splitters.ts';
import { TOKENIZERS, scoreTokenizer } from './tokenizers.ts';

export interface Section {
  head: string[];
  rows: (string | number)[][];
  figures: Record<string, object>;
  detail: string[];
}

export const fixed = (n: number, digits = 2) => Number(n.toFixed(digits));

export function sentenceSection(articles: GoldArticle[], iterations: number): Section {
  const section = emptySection(['splitter', 'sentences', 'claims cut', 'mentions cut', 'breaks +/− vs ours']);
  section.head.push('entity F1', 'event F1', 'claim F1', 'attribution', 'sentences/s', 'KB/s');
  for (const { name, split } of SPLITTERS) {
    const { figures: f, disagreements } = scoreSplitter(articles, split, iterations);
    section.figures[name] = f;
    for (const d of disagreements)
      section.detail.push(
        `  ${name} ${d.only === 'library' ? 'only' : 'lacks'} ${d.article}@${d.at}: ${d.context}`,
      );
    section.rows.push([
      name,
      f.sentences,
      `${f.claimsCut}/${f.claims}`,
      `${f.mentionsCut}/${f.mentions}`,
      `+${f.extraBreaks} −${f.missingBreaks}`,
      ...[f.entityF1, f.eventF1, f.claimF1, f.attribution].map((x) => fixed(x)),
      fixed(f.sentencesPerSecond, 0),
      fixed(f.kbPerSecond, 0),
    ]);
  }
  return section;
}

export function tokenSection(articles: GoldArticle[], iterations: number): Section {
  const section = emptySection(['tokenizer', 'gold names on token edges', 'KB/s']);
  for (const { name, tokens } of TOKENIZERS) {
    const { figures: f, misaligned } = scoreTokenizer(articles, tokens, iterations);
    section.figures[name] = f;
    section.detail.push(...misaligned.map((m) => `  ${name} cuts ${m}`));
    section.rows.push([name, `${f.aligned}/${f.names}`, fixed(f.kbPerSecond, 0)]);
  }
  return section;
}

export function dateSection(articles: GoldArticle[], iterations: number): Section {
  const section = emptySection(['date resolver', 'dated gold events with a mention', 'nearest right']);
  section.head.push('nearest wrong', 'any right', 'sentences/s');
  if (!articles.some((a) => a.mentionSpans.length)) {
    section.detail.push('not scored: the gold of this set gives no event mentions to find the sentence of');
    return section;
  }
  // Every resolver reads our sentences, so that only the reading of the expressions differs.
  const sentencesOf = new Map(articles.map((a) => [a, asSentences(a)]));
  const sentenceOf = (a: GoldArticle, at: number) =>
    sentencesOf.get(a)?.find((s) => s.start <= at && at < s.end);
  const timed = articles.flatMap((a) =>
    (sentencesOf.get(a) ?? []).map((s) => ({
      s,
      published: a.article.publishedAt ?? a.gold.published ?? '',
    })),
  );
  const baseline = scoreDates(articles, RESOLVERS[0]!.resolve, sentenceOf).readings;
  for (const { name, resolve } of RESOLVERS) {
    const { figures: f, readings } = scoreDates(articles, resolve, sentenceOf);
    const work = () => timed.forEach((x) => resolve(x.s, x.published || '2020-01-01'));
    f.sentencesPerSecond = fastestRate(timed.length, iterations, work);
    section.figures[name] = f;
    readings.forEach((r, i) => {
      const mine = baseline[i]?.nearest.join(',');
      if (r.nearest.join(',') !== mine)
        section.detail.push(
          `  ${name} ${r.article} ${r.event} gold ${r.gold}: ours ${mine}, ${r.nearest.join(',')}`,
        );
    });
    section.rows.push([
      name,
      f.events,
      f.nearestRight,
      f.nearestWrong,
      f.anyRight,
      fixed(f.sentencesPerSecond, 0),
    ]);
  }
  return section;
}

function emptySection(head: string[]): Section {
  return { head, rows: [], figures: {}, detail: [] };
}

function asSentences(a: GoldArticle): Sentence[] {
  return ours(a.article).map((s, index) => ({ ...s, index, text: a.article.text.slice(s.start, s.end) }));
}
