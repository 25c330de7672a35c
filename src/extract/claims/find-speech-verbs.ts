// Finds speech and stance verbs in a sentence, skipping those inside quotations (a quote's own words are not attribution).

import { capture } from '../text/capture.ts';
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

/** Verbs listed in their base form (headline present tense), which may also be infinitives. */
const BASE_FORMS = new Set(
  [...SAY_VERBS, ...ACT_VERBS].filter((v) => !/(?:ed|ing|s)$/.test(v.split(' ')[0]!) && v !== 'told'),
);
const PROTEST = /\b(protests|protested)\b(?=\s+(?:against\s+)?(?:the\s+)?[\p{Lu}"“'‘])/gu;
const CALLED_QUOTED =
  /\b(?:called|calling|calls)\b(?!\s+(?:for|on|off|up|out|in|back|itself|themselves|himself|herself)\b)(?=\s+[^.;"“”]{1,40}\s["“'‘])/g;
/** Participles that also serve as adjectives before a noun. */
const ADJECTIVAL = /^(?:disputed|contested|rejected|denied|claimed|questioned|branded|labell?ed|described)$/;
/** Speech verbs that also mean "comply with" or "watch": "observed the truce", "observed a minute's silence". */
const OBJECT_SENSE = /^(?:observed|observes|observing|observe)$/;
/** Real sentences carry at most four or five speech verbs; a run of hundreds is a flood, read only in part. */
const MAX_VERBS_PER_SENTENCE = 12;
const PASSIVE_BEFORE = /\b(?:be|been|being|was|were|is|are)\s+$/i;

export function findSpeechVerbs(sentence: Sentence, opaqueQuotes: QuotedSpan[]): VerbHit[] {
  const hits: VerbHit[] = [];
  const inQuote = (pos: number) => opaqueQuotes.some((q) => q.open < pos && pos < q.close);
  for (const m of sentence.text.matchAll(NOUN_CLAIM)) {
    const start = sentence.start + m.index;
    if (inQuote(start)) continue;
    const nounStart = start + m[0].length - capture(m, 3).length;
    hits.push({
      sentence: sentence.index,
      start,
      end: start + capture(m, 1).length,
      verb: capture(m, 1).toLowerCase(),
      kind: 'noun',
      nounStart,
    });
  }
  for (const m of sentence.text.matchAll(VERBS)) {
    const start = sentence.start + m.index;
    if (inQuote(start)) continue;
    if (hits.some((h) => h.kind === 'noun' && start >= h.start && start < (h.nounStart ?? h.end) + 12))
      continue;
    const verb = capture(m, 1).toLowerCase().replace(/\s+/g, ' ');
    // "Iran-backed militias", "the US-endorsed plan": half of a compound adjective; "backed by": a passive.
    if (
      sentence.text[m.index - 1] === '-' ||
      /^\s+by\b/.test(sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 4))
    )
      continue;
    // "diplomats would be told to leave", "it was announced": a passive verb has no speaker of its own.
    if (PASSIVE_BEFORE.test(sentence.text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "by pushing Kyiv to reject negotiations": a bare infinitive reports nothing.
    if (BASE_FORMS.has(verb) && /\bto\s+$/i.test(sentence.text.slice(Math.max(0, m.index - 4), m.index)))
      continue;
    // "entered disputed waters", "the contested islands": a participle used as an adjective.
    if (
      ADJECTIVAL.test(verb) &&
      /\b(?:the|a|an|into|in|of|over|on|entered|its|their|these|those)\s+$/i.test(
        sentence.text.slice(Math.max(0, m.index - 10), m.index),
      )
    )
      continue;
    // "forces had observed the truce": a verb in its non-speech sense, taking a plain object.
    if (
      OBJECT_SENSE.test(verb) &&
      /^\s+(?:the|a|an|its|their|this|that\s+(?:truce|ceasefire))\b/i.test(
        sentence.text.slice(m.index + m[0].length),
      )
    )
      continue;
    hits.push({
      sentence: sentence.index,
      start,
      end: start + m[0].length,
      verb,
      kind: SAY.has(verb) ? 'say' : 'act',
    });
  }
  // "China protests Philippine 'provocation'": a protest lodged against someone, not street protests.
  for (const m of sentence.text.matchAll(PROTEST)) {
    const start = sentence.start + m.index;
    if (inQuote(start) || hits.some((h) => start >= h.start && start < h.end)) continue;
    hits.push({
      sentence: sentence.index,
      start,
      end: start + capture(m, 1).length,
      verb: capture(m, 1),
      kind: 'act',
    });
  }
  // "called the veto "a disgrace"": naming something in quoted words is a stance on it.
  for (const m of sentence.text.matchAll(CALLED_QUOTED)) {
    const start = sentence.start + m.index;
    if (inQuote(start) || hits.some((h) => h.start === start)) continue;
    if (
      /\b(?:what|which|that)\s+(?:he|she|they|it|we)\s+$/i.test(
        sentence.text.slice(Math.max(0, m.index - 12), m.index),
      )
    )
      continue; // "condemned what she called ...": part of the outer claim
    hits.push({
      sentence: sentence.index,
      start,
      end: start + m[0].length,
      verb: m[0].toLowerCase(),
      kind: 'act',
    });
  }
  return hits.sort((a, b) => a.start - b.start).slice(0, MAX_VERBS_PER_SENTENCE);
}
