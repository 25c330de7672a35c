// Scores a date resolver on gold events: does the sentence of a mention give the event's gold day?

import type { Sentence } from '../../src/model/extraction.ts';
import type { DateExpression } from '../../src/extract/events/find-date-expressions.ts';
import type { GoldArticle, MentionSpan } from './gold-spans.ts';
import type { DateResolver } from './date-resolvers.ts';

export interface DateFigures {
  /** Gold events with a day and at least one mention found in the text. */
  events: number;
  /** The expression nearest a mention gives the gold day (or an accepted alternative). */
  nearestRight: number;
  /** No mention's nearest expression is right, and one of them gives another day. */
  nearestWrong: number;
  /** Some expression anywhere in a mention's sentence gives the gold day: the most any picking rule could get. */
  anyRight: number;
  sentencesPerSecond: number;
}

/** What a resolver read for one gold event: the day nearest each of its mentions (for --detail). */
export interface DateReading {
  article: string;
  event: string;
  gold: string;
  nearest: (string | null)[];
}

type SentenceOf = (a: GoldArticle, at: number) => Sentence | undefined;

export function scoreDates(articles: GoldArticle[], resolve: DateResolver, sentenceOf: SentenceOf) {
  const figures: DateFigures = {
    events: 0,
    nearestRight: 0,
    nearestWrong: 0,
    anyRight: 0,
    sentencesPerSecond: 0,
  };
  const readings: DateReading[] = [];
  for (const a of articles) {
    const published = a.article.publishedAt ?? a.gold.published;
    if (!published) continue;
    const byEvent = new Map<MentionSpan['event'], MentionSpan[]>();
    for (const m of a.mentionSpans)
      if (m.event.date) byEvent.set(m.event, [...(byEvent.get(m.event) ?? []), m]);
    for (const [event, mentions] of byEvent) {
      const gold = new Set([event.date, ...(event.dateAlternatives ?? [])]);
      const read = mentions.flatMap((m) => {
        const sentence = sentenceOf(a, m.start);
        return sentence ? [{ m, found: resolve(sentence, published) }] : [];
      });
      if (read.length === 0) continue;
      const nearest = read.map(({ m, found }) => nearestTo(m, found)?.date ?? null);
      readings.push({ article: a.base, event: event.key ?? event.type, gold: [...gold].join('|'), nearest });
      figures.events++;
      if (nearest.some((d) => d !== null && gold.has(d))) figures.nearestRight++;
      else if (nearest.some((d) => d !== null)) figures.nearestWrong++;
      if (read.some(({ found }) => found.some((d) => d.date !== null && gold.has(d.date))))
        figures.anyRight++;
    }
  }
  return { figures, readings };
}

/** The same picking rule for every resolver, so that only the reading of the expressions differs. */
function nearestTo(m: MentionSpan, found: DateExpression[]): DateExpression | undefined {
  let best: DateExpression | undefined;
  let bestDistance = Infinity;
  for (const d of found) {
    const distance = d.start >= m.end ? d.start - m.end : d.end <= m.start ? m.start - d.end : 0;
    if (distance >= bestDistance) continue;
    best = d;
    bestDistance = distance;
  }
  return best;
}
