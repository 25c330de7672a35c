// The date resolvers compared: ours and chrono-node, each reading one sentence against the publication day.

import * as chrono from 'chrono-node';
import type { Sentence } from '../../src/model/extraction.ts';
import { findDateExpressions, type DateExpression } from '../../src/extract/events/find-date-expressions.ts';

/** Date expressions of a sentence with text offsets; `date` is an ISO day, or null for a time with no day. */
export type DateResolver = (sentence: Sentence, published: string) => DateExpression[];

const DAY_MS = 86_400_000;

export const oursResolver: DateResolver = (sentence, published) => findDateExpressions(sentence, published);

/** chrono's own reading; a result counts as a day only when chrono is certain of the day or the weekday. */
function chronoResolver(parser: chrono.Chrono, leanPast: boolean): DateResolver {
  return (sentence, published) => {
    const reference = { instant: new Date(`${published}T12:00:00Z`), timezone: 0 };
    return parser.parse(sentence.text, reference).map((r) => {
      const start = sentence.start + r.index;
      const known = r.start.isCertain('day') || r.start.isCertain('weekday');
      if (!known) return { start, end: start + r.text.length, date: null };
      let day = Date.UTC(r.start.get('year') ?? 0, (r.start.get('month') ?? 1) - 1, r.start.get('day') ?? 1);
      if (leanPast && day > reference.instant.getTime() && !/\b(?:next|tomorrow|coming)\b/i.test(r.text))
        day = pastAgain(r, day, reference.instant.getTime());
      return { start, end: start + r.text.length, date: new Date(day).toISOString().slice(0, 10) };
    });
  };
}

/**
 * News tells the past: a weekday or a month and day chrono put after publication is moved back to the one
 * before it (a week, or a year when over a month ahead), as our resolver does, to give chrono its best reading of news.
 */
function pastAgain(r: chrono.ParsedResult, day: number, published: number): number {
  if (r.start.isCertain('year')) return day;
  if (r.start.isCertain('weekday') && !r.start.isCertain('day')) return day - 7 * DAY_MS;
  // Ours keeps a month and day up to a month ahead (a date announced for soon), and so does this.
  if (r.start.isCertain('month') && day - published > 31 * DAY_MS) {
    const d = new Date(day);
    return Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate());
  }
  return day;
}

export const RESOLVERS: { name: string; resolve: DateResolver }[] = [
  { name: 'ours', resolve: oursResolver },
  { name: 'chrono-node casual', resolve: chronoResolver(chrono.casual, false) },
  { name: 'chrono-node strict', resolve: chronoResolver(chrono.strict, false) },
  { name: 'chrono-node casual, past-leaning', resolve: chronoResolver(chrono.casual, true) },
];
