// Bounds the work per article: a body longer than one window is extracted window by window and the parts merged.

import type { ArticleInfo, Claim, Entity, Event, Extraction, Span } from '../model/extraction.ts';

/**
 * Characters per window. Real news articles fit in one (the longest dev article is 4 KB), so their extraction
 * sees the whole text; on longer input the rules, several of which compare every pair of mentions or quotations
 * of an article, work on bounded windows and the total time grows linearly with the length.
 */
export const WINDOW_CHARS = 16_000;

/** Cut points of the body: at a paragraph break if one lies in the second half of the window, else a sentence end or a space. */
export function windowSpans(article: ArticleInfo, size = WINDOW_CHARS): Span[] {
  const { text } = article;
  const { start: bodyStart, end: bodyEnd } = article.bodySpan;
  const out: Span[] = [];
  let start = bodyStart;
  while (bodyEnd - start > size) {
    const target = start + size;
    const half = start + size / 2;
    let cut = text.lastIndexOf('\n', target) + 1;
    if (cut <= half) cut = text.lastIndexOf('. ', target) + 2;
    if (cut <= half) cut = text.lastIndexOf(' ', target) + 1;
    if (cut <= half) cut = isHighSurrogate(text.charCodeAt(target - 1)) ? target - 1 : target;
    out.push({ start, end: cut });
    start = cut;
  }
  out.push({ start, end: bodyEnd });
  return out;
}

/** Runs `passes` on each window as an article of its own, then shifts its offsets back and merges. */
export function extractByWindows(
  article: ArticleInfo,
  passes: (article: ArticleInfo) => Extraction,
  size = WINDOW_CHARS,
): Extraction {
  const spans = windowSpans(article, size);
  if (spans.length === 1) return passes(article);
  const merged: Extraction = { article, sentences: [], entities: [], events: [], claims: [] };
  const entities = new Map<string, Entity>();
  spans.forEach((span, w) => {
    // The first window keeps the title (and so the text before the body); later ones start at their own text.
    const from = w === 0 ? 0 : span.start;
    const part = passes({
      ...article,
      text: article.text.slice(from, span.end),
      titleSpan: w === 0 ? article.titleSpan : null,
      bodySpan: { start: span.start - from, end: span.end - from },
    });
    mergeInto(merged, entities, part, from);
  });
  merged.entities = [...entities.values()];
  return merged;
}

function mergeInto(into: Extraction, entities: Map<string, Entity>, part: Extraction, shift: number) {
  const sentenceShift = into.sentences.length;
  const move = <T extends Span & { sentence: number }>(m: T): T => ({
    ...m,
    start: m.start + shift,
    end: m.end + shift,
    sentence: m.sentence + sentenceShift,
  });
  for (const s of part.sentences)
    into.sentences.push({ ...s, index: s.index + sentenceShift, start: s.start + shift, end: s.end + shift });
  for (const e of part.entities) {
    const known = entities.get(e.id);
    if (!known) {
      entities.set(e.id, { ...e, mentions: e.mentions.map(move) });
      continue;
    }
    known.mentions.push(...e.mentions.map(move));
    for (const a of e.aliases) if (!known.aliases.includes(a)) known.aliases.push(a);
    for (const r of e.roles)
      if (!known.roles.some((k) => k.title === r.title && k.ofId === r.ofId)) known.roles.push(r);
  }
  const eventIds = new Map<string, string>();
  for (const e of part.events) {
    const id = `e${into.events.length + 1}`;
    eventIds.set(e.id, id);
    into.events.push({ ...e, id, mentions: e.mentions.map(move) } satisfies Event);
  }
  for (const c of part.claims) {
    into.claims.push({
      ...c,
      id: `c${into.claims.length + 1}`,
      span: { start: c.span.start + shift, end: c.span.end + shift },
      sentence: c.sentence + sentenceShift,
      aboutIds: c.aboutIds.map((a) => eventIds.get(a) ?? a),
    } satisfies Claim);
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
