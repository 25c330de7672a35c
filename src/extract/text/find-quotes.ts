// Finds double-quoted spans (straight or curly, nested, unterminated) with their offsets in the original text.

import type { Span } from '../../model/extraction.ts';

export interface QuotedSpan {
  /** Offsets of the opening and closing quote characters (close = end of paragraph when unterminated). */
  open: number;
  close: number;
  /** The words inside, trimmed. */
  inner: Span;
  depth: number;
  terminated: boolean;
}

const QUOTE_CHARS = new Set(['"', '“', '”', '„', '«', '»']);

/**
 * Pairs quote marks by context rather than by glyph, because aggregator copy mixes straight and curly marks and
 * sometimes types the wrong curly one ("China,“he said"). A mark opens when preceded by space or start of line,
 * and closes when something is open and it follows a non-space. Paragraph breaks close whatever is still open.
 */
export function findQuotedSpans(text: string, start: number, end: number): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const stack: number[] = [];
  const closeAll = (at: number) => {
    while (stack.length) {
      const open = stack.pop()!;
      pushSpan(text, spans, open, at, stack.length, false);
    }
  };
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      if (stack.length) closeAll(trimBack(text, i));
      continue;
    }
    if (!QUOTE_CHARS.has(ch)) continue;
    const before = i > start ? text[i - 1]! : '\n';
    const after = i + 1 < end ? text[i + 1]! : '\n';
    const prevIsSpace = /[\s([{—–-]/.test(before) || i === start;
    const nextIsSpace = /[\s.,;:!?)]/.test(after) || i + 1 >= end;
    let opens: boolean;
    if (ch === '“' || ch === '«' || ch === '„') opens = prevIsSpace || stack.length === 0;
    else if (ch === '”' || ch === '»') opens = false;
    else opens = stack.length === 0 ? !(nextIsSpace && !prevIsSpace) : prevIsSpace && !nextIsSpace;
    if (opens && stack.length > 0 && !prevIsSpace) opens = false;
    if (opens) stack.push(i);
    else if (stack.length) {
      const open = stack.pop()!;
      pushSpan(text, spans, open, i, stack.length, true);
    }
  }
  closeAll(trimBack(text, end));
  return spans.sort((a, b) => a.open - b.open);
}

function pushSpan(
  text: string,
  spans: QuotedSpan[],
  open: number,
  close: number,
  depth: number,
  done: boolean,
) {
  let s = open + 1;
  let e = close;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
  if (e > s) spans.push({ open, close, inner: { start: s, end: e }, depth, terminated: done });
}

function trimBack(text: string, at: number): number {
  let e = at;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/** True when `pos` lies inside any quoted span. */
export function insideQuote(quotes: QuotedSpan[], pos: number): QuotedSpan | null {
  let found: QuotedSpan | null = null;
  for (const q of quotes) {
    if (q.open < pos && pos < q.close && (!found || q.depth > found.depth)) found = q;
  }
  return found;
}
