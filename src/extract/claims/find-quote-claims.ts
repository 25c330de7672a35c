// Quotations as claims: attributed by a neighbouring speech verb, or continuing the previous speaker.

import type { TextLayer } from '../types.ts';
import type { ClaimCandidate } from './claim-candidate.ts';
import type { Attribution } from './find-reported-claims.ts';
import type { QuotedSpan } from '../text/find-quotes.ts';
import { sentenceEndingAfter } from '../text/sentence-at.ts';

/** Shorter quotations are scare quotes ("a low point"), part of the surrounding claim, not claims themselves. */
const MIN_WORDS = 3;
const MIN_WORDS_MID_SENTENCE = 8;
/** After a speech verb, a few words of setting then a comma or colon: 'X told reporters after the talks: "..."'. */
const LEAD_IN = /^[^"“”.;!?]{0,100}[,:]\s*$/;

/** The speech verb that introduces a quotation from before it, in the same sentence, with a named speaker. */
function leadIn(
  text: string,
  q: QuotedSpan,
  attributions: Attribution[],
  sentence: number,
): Attribution | undefined {
  const before = attributions.filter((a) => a.sentence === sentence && a.verbEnd <= q.open);
  const nearest = before.at(-1);
  if (!nearest || (nearest.ref.kind !== 'entity' && nearest.ref.kind !== 'pronoun')) return undefined;
  return LEAD_IN.test(text.slice(nearest.verbEnd, q.open)) ? nearest : undefined;
}

/** Up to four words (no verb-like punctuation) between a closing quote and the attributing phrase. */
const ROLE_MODIFIERS = /^[ \t]*[,.]?[”"]?[ \t]*(?:[\p{L}'’.-]+[ \t]+){1,4}$/u;

export function findQuoteClaims(
  layer: TextLayer,
  claimQuotes: QuotedSpan[],
  attributions: Attribution[],
  reported: ClaimCandidate[],
): ClaimCandidate[] {
  const { text } = layer.article;
  const out: ClaimCandidate[] = [];
  for (const q of claimQuotes) {
    const words = text.slice(q.inner.start, q.inner.end).split(/\s+/).length;
    if (words < MIN_WORDS) continue;
    if (reported.some((c) => c.span.start <= q.inner.start + 1 && c.span.end >= q.inner.end - 1)) continue;
    if (reported.some((c) => c.span.start >= q.inner.start && c.span.end <= q.inner.end)) continue;
    const sentence = sentenceEndingAfter(layer.sentences, q.open);
    if (!sentence) continue;
    const attribution =
      leadIn(text, q, attributions, sentence.index) ??
      attributions.find(
        (a) =>
          a.start >= q.close &&
          ((/^[ \t,.”"“:]*$/.test(text.slice(q.close + 1, a.start)) && a.start - q.close <= 6) ||
            // '"...," Pakistani military spokesman Ahmed Chaudhry told': modifiers before the role phrase.
            (a.ref.kind === 'entity' &&
              a.sentence === sentence.index &&
              ROLE_MODIFIERS.test(text.slice(q.close + 1, a.start)))),
      );
    if (attribution) {
      out.push({ kind: 'QUOTE', span: q.inner, sentence: sentence.index, speaker: attribution.ref });
      continue;
    }
    const atStart = /^[\s"“]*$/.test(text.slice(sentence.start, q.open));
    if (atStart || words >= MIN_WORDS_MID_SENTENCE) {
      out.push({ kind: 'QUOTE', span: q.inner, sentence: sentence.index, speaker: { kind: 'previous' } });
    }
  }
  return out;
}
