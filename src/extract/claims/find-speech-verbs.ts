// Finds speech and stance verbs in a sentence, skipping those inside quotations (a quote's own words are not attribution).

import type { Sentence } from '../../model/extraction.ts';
import { ACT_VERBS, CLAIM_NOUNS, SAY_VERBS } from '../lexicon/speech-verbs.ts';
import type { QuotedSpan } from '../text/find-quotes.ts';
import type { VerbHit } from './claim-candidate.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const byLength = (a: string, b: string) => b.length - a.length;
const VERBS = new RegExp(
  String.raw`\b(${[...SAY_VERBS, ...ACT_VERBS].sort(byLength).map(escape).join('|')})\b`,
  'g',
);
const SAY = new Set(SAY_VERBS);
const NOUN_CLAIM = new RegExp(
  String.raw`\b(issued|gave|delivered|sent|renewed|repeated|reiterated|made|expressed|voiced)\b([^.,;"“”]{0,40}?)\b(${CLAIM_NOUNS.sort(byLength).map(escape).join('|')})\b`,
  'gi',
);

const PASSIVE_BEFORE = /\b(?:be|been|being|was|were|is|are)\s+$/i;

export function findSpeechVerbs(sentence: Sentence, opaqueQuotes: QuotedSpan[]): VerbHit[] {
  const hits: VerbHit[] = [];
  const inQuote = (pos: number) => opaqueQuotes.some((q) => q.open < pos && pos < q.close);
  for (const m of sentence.text.matchAll(NOUN_CLAIM)) {
    const start = sentence.start + m.index;
    if (inQuote(start)) continue;
    const nounStart = start + m[0].length - m[3]!.length;
    hits.push({
      sentence: sentence.index,
      start,
      end: start + m[1]!.length,
      verb: m[1]!.toLowerCase(),
      kind: 'noun',
      nounStart,
    });
  }
  for (const m of sentence.text.matchAll(VERBS)) {
    const start = sentence.start + m.index;
    if (inQuote(start)) continue;
    if (hits.some((h) => h.kind === 'noun' && start >= h.start && start < (h.nounStart ?? h.end) + 12))
      continue;
    const verb = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    // "diplomats would be told to leave", "it was announced": a passive verb has no speaker of its own.
    if (PASSIVE_BEFORE.test(sentence.text.slice(Math.max(0, m.index - 12), m.index))) continue;
    hits.push({
      sentence: sentence.index,
      start,
      end: start + m[0].length,
      verb,
      kind: SAY.has(verb) ? 'say' : 'act',
    });
  }
  return hits.sort((a, b) => a.start - b.start);
}
