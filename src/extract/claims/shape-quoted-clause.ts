// Decides whether a reported clause is really a quotation, and splits off a quotation coordinated onto it.

import type { Span } from '../../model/extraction.ts';
import type { QuotedSpan } from '../text/find-quotes.ts';
import type { ClaimCandidate, SpeakerRef } from './claim-candidate.ts';

/** A clause that is mostly one quotation is that quotation (a QUOTE); otherwise it is a PARAPHRASE. */
const QUOTE_SHARE = 0.6;

export function shapeQuotedClause(
  text: string,
  span: Span,
  sentence: number,
  speaker: SpeakerRef,
  claimQuotes: QuotedSpan[],
): ClaimCandidate[] {
  if (span.end <= span.start) return [];
  const inside = claimQuotes.filter((q) => q.inner.start >= span.start && q.inner.end <= span.end + 1);
  const words = countWords(text, span);
  for (const q of inside) {
    const quoteWords = countWords(text, q.inner);
    if (quoteWords / words >= QUOTE_SHARE && quoteWords >= 2) {
      return [{ kind: 'QUOTE', span: q.inner, sentence, speaker }];
    }
    // "... had no quarrel with the Russian people and would "always do what is necessary"": two claims.
    const lead = text.slice(span.start, q.open);
    const coordinated = /\s+and\s+(?:[\p{L}']+\s+){0,2}$/u.exec(lead);
    if (coordinated && quoteWords >= 5 && coordinated.index > 10) {
      return [
        {
          kind: 'PARAPHRASE',
          span: { start: span.start, end: span.start + coordinated.index },
          sentence,
          speaker,
        },
        { kind: 'QUOTE', span: q.inner, sentence, speaker },
      ];
    }
  }
  return [{ kind: 'PARAPHRASE', span, sentence, speaker }];
}

function countWords(text: string, span: Span): number {
  return Math.max(
    1,
    text
      .slice(span.start, span.end)
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
  );
}
