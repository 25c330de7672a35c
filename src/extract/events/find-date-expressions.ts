// Finds date expressions in a sentence and resolves them against the publication day ("Wednesday", "April 4", "yesterday").

import { capture } from '../text/capture.ts';
import type { Sentence } from '../../model/extraction.ts';
import { MONTHS, MONTH_ABBREVIATIONS, VAGUE_TIME, WEEKDAYS } from '../lexicon/dates.ts';

export interface DateExpression {
  start: number;
  end: number;
  /** ISO day, or null for a time with no day ("last week"). */
  date: string | null;
}

const MONTH = `(${MONTHS.join('|')}|${Object.keys(MONTH_ABBREVIATIONS).join('|')})\\.?`;
/** "February 27-28": a span of days, dated by its last day (the news is told when it ends). */
const DAY_RANGE_END = String.raw`(?:\s*[-–]\s*(\d{1,2})(?:st|nd|rd|th)?)?`;
const MONTH_DAY = new RegExp(
  String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?${DAY_RANGE_END}(?:,?\s+(\d{4}))?\b`,
  'gi',
);
const DAY_MONTH = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?${DAY_RANGE_END}\s+(?:of\s+)?${MONTH}(?:,?\s+(\d{4}))?\b`,
  'gi',
);
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const WEEKDAY = new RegExp(
  String.raw`\b(?:(last|next|this|earlier|late|early)\s+)?(${WEEKDAYS.join('|')})\b`,
  'gi',
);
const RELATIVE =
  /\b(yesterday|today|tonight|tomorrow|earlier in the day|earlier today|this morning|this afternoon|this evening)\b/gi;

export function findDateExpressions(sentence: Sentence, published: string | null): DateExpression[] {
  const out: DateExpression[] = [];
  const base = published ? new Date(`${published}T00:00:00Z`) : null;
  const push = (m: RegExpMatchArray, date: string | null) => {
    const start = sentence.start + (m.index ?? 0);
    if (out.some((d) => start < d.end && start + m[0].length > d.start)) return;
    out.push({ start, end: start + m[0].length, date });
  };
  for (const m of sentence.text.matchAll(ISO)) push(m, `${m[1]}-${m[2]}-${m[3]}`);
  for (const m of sentence.text.matchAll(MONTH_DAY)) {
    if (capture(m, 1).toLowerCase() === 'may' && !/^May\s+\d/.test(m[0])) continue;
    push(m, monthDay(base, monthIndex(capture(m, 1)), Number(m[3] ?? m[2]), m[4]));
  }
  for (const m of sentence.text.matchAll(DAY_MONTH))
    push(m, monthDay(base, monthIndex(capture(m, 3)), Number(m[2] ?? m[1]), m[4]));
  for (const m of sentence.text.matchAll(WEEKDAY)) {
    if (!/^[A-Z]/.test(capture(m, 2))) continue;
    push(
      m,
      base && m[1]?.toLowerCase() !== 'next'
        ? weekday(base, WEEKDAYS.indexOf(capture(m, 2).toLowerCase()), m[1])
        : null,
    );
  }
  for (const m of sentence.text.matchAll(RELATIVE)) {
    const word = capture(m, 1).toLowerCase();
    const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
    push(m, base ? iso(addDays(base, offset)) : null);
  }
  for (const m of sentence.text.matchAll(new RegExp(VAGUE_TIME.source, 'gi'))) push(m, null);
  return out.sort((a, b) => a.start - b.start);
}

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace('.', '');
  const full = MONTHS.indexOf(w);
  return full >= 0 ? full : MONTH_ABBREVIATIONS[w]!;
}

/** A month and day without a year is the most recent such day on or before publication (news reports the past). */
function monthDay(base: Date | null, month: number, day: number, year: string | undefined): string | null {
  if (day < 1 || day > 31) return null;
  if (year) return iso(new Date(Date.UTC(Number(year), month, day)));
  if (!base) return null;
  let candidate = new Date(Date.UTC(base.getUTCFullYear(), month, day));
  if (candidate.getTime() - base.getTime() > 31 * 86400000)
    candidate = new Date(Date.UTC(base.getUTCFullYear() - 1, month, day));
  return iso(candidate);
}

/** "Wednesday" is the latest Wednesday on or before publication; "last Wednesday" the one before a same-day match. */
function weekday(base: Date, target: number, modifier: string | undefined): string {
  let back = (base.getUTCDay() - target + 7) % 7;
  if (back === 0 && modifier?.toLowerCase() === 'last') back = 7;
  return iso(addDays(base, -back));
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86400000);
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
