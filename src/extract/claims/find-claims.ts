// The claim pass: which quotations count, reported speech, quotations, headline; then speakers, about-links, stance.

import type { Claim, Event } from '../../model/extraction.ts';
import type { Gazetteer } from '../gazetteer/gazetteer-types.ts';
import type { QuotedSpan } from '../text/find-quotes.ts';
import { sentenceEndingAfter } from '../text/sentence-at.ts';
import type { EntityLayer, TextLayer } from '../types.ts';
import type { ClaimCandidate } from './claim-candidate.ts';
import { findAccordingTo } from './find-according-to.ts';
import { findHeadlineClaim } from './find-headline-claim.ts';
import { findQuoteClaims } from './find-quote-claims.ts';
import { findReportedClaims } from './find-reported-claims.ts';
import { findSpeechVerbs } from './find-speech-verbs.ts';
import { findSubject } from './find-subject.ts';
import { judgeStance } from './judge-stance.ts';
import { resolveSpeakers } from './resolve-speakers.ts';

/** The longest quotation taken as a claim (real ones, several sentences included, stay far below). */
const MAX_QUOTE_CHARS = 1200;

export function findClaims(layer: TextLayer, entities: EntityLayer, events: Event[], g: Gazetteer): Claim[] {
  const claimQuotes = selectClaimQuotes(layer, entities);
  const reported = findReportedClaims(layer, entities.mentions, claimQuotes);
  const quotes = findQuoteClaims(layer, claimQuotes, reported.attributions, reported.claims);
  const headline = findHeadlineClaim(layer, entities.mentions);
  const accordingTo = findAccordingTo(layer, entities.mentions).filter(
    (a) => !reported.claims.some((c) => c.span.start < a.span.end && a.span.start < c.span.end),
  );
  const candidates = dedupe([...(headline ? [headline] : []), ...reported.claims, ...quotes, ...accordingTo]);
  const speakers = resolveSpeakers(candidates, entities, g, layer.article.text);
  const { text } = layer.article;
  return candidates.map((c, i) => {
    const speakerId = speakers[i] ?? null;
    const about = aboutOf(c, layer, entities, events, speakerId);
    const claimText = text.slice(c.span.start, c.span.end);
    return {
      id: `c${i + 1}`,
      kind: c.kind,
      text: claimText,
      span: { start: c.span.start, end: c.span.end },
      sentence: c.sentence,
      speakerId,
      aboutIds: about.ids,
      stance: judgeStance(claimText, about.eventTypes),
    };
  });
}

/**
 * Aggregator copy sometimes wraps a whole narrative paragraph in quote marks ("Secretary Tillerson said ...").
 * Such a wrapper is not a quotation; the quotations nested in it are.
 */
function selectClaimQuotes(layer: TextLayer, entities: EntityLayer): QuotedSpan[] {
  const { text } = layer.article;
  const wrapperSet = new Set(
    layer.quotes.filter((q) => q.depth === 0 && isNarrativeWrapper(layer, q, entities)),
  );
  const parents = enclosingQuotes(layer.quotes);
  return (
    layer.quotes
      .filter((q, i) => !wrapperSet.has(q) && (parents[i] ?? []).every((p) => wrapperSet.has(p)))
      .filter((q) => q.inner.end > q.inner.start && text.slice(q.inner.start, q.inner.end).trim() !== '')
      // Longer than any real quotation: an unmatched mark running on through the paragraph.
      .filter((q) => q.inner.end - q.inner.start <= MAX_QUOTE_CHARS)
  );
}

/** For each quotation (in open order), the quotations that enclose it: one sweep with a stack. */
function enclosingQuotes(quotes: QuotedSpan[]): QuotedSpan[][] {
  const open: QuotedSpan[] = [];
  return quotes.map((q) => {
    while (open.length && (open[open.length - 1]?.close ?? Infinity) <= q.open) open.pop();
    const parents = open.filter((p) => p.open < q.open && p.close > q.close);
    open.push(q);
    return parents;
  });
}

function isNarrativeWrapper(layer: TextLayer, q: QuotedSpan, entities: EntityLayer): boolean {
  const { text } = layer.article;
  const paraStart = q.open === 0 || text[q.open - 1] === '\n';
  if (!paraStart) return false;
  const lineEnd = text.indexOf('\n', q.close);
  const rest = text.slice(q.close + 1, lineEnd < 0 ? text.length : lineEnd);
  if (!/^[\s.,]*$/.test(rest)) return false;
  const sentence = sentenceEndingAfter(layer.sentences, q.open);
  if (sentence && sentence.start > q.open + 1) return false;
  if (!sentence) return false;
  const inner = { ...sentence, start: q.inner.start, text: text.slice(q.inner.start, q.inner.end) };
  return findSpeechVerbs(inner, []).some((v) => {
    const subject = findSubject(text, q.inner.start, v.start, entities.mentions);
    return subject.ref.kind === 'entity' && entities.records.get(subject.ref.id)?.type === 'Person';
  });
}

/** One claim per span: a later candidate covering the same words is dropped. */
function dedupe(candidates: ClaimCandidate[]): ClaimCandidate[] {
  const sorted = [...candidates].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const seen = new Set<string>();
  return sorted.filter((c) => {
    const key = `${c.span.start}:${c.span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function aboutOf(
  c: ClaimCandidate,
  layer: TextLayer,
  entities: EntityLayer,
  events: Event[],
  speakerId: string | null,
) {
  const ids = new Set<string>();
  const eventTypes: string[] = [];
  const sentence = layer.sentences[c.sentence]!;
  const relative = /^\s*(?:but\s+)?which\b/i.test(layer.article.text.slice(c.span.start, c.span.end));
  for (const e of events) {
    const hit = e.mentions.some(
      (m) =>
        (m.start >= c.span.start && m.end <= c.span.end) ||
        (relative && m.sentence === c.sentence && m.end <= c.span.start && m.start >= sentence.start),
    );
    if (hit) {
      ids.add(e.id);
      eventTypes.push(e.type);
    }
  }
  for (const m of entities.mentions) {
    if (m.start >= c.span.start && m.end <= c.span.end && m.entityId !== speakerId) ids.add(m.entityId);
  }
  return { ids: [...ids], eventTypes };
}
