// Cuts a reported clause out of its sentence: where the complement starts, where it ends, how it splits.

import { capture } from '../text/capture.ts';
import { AUDIENCE_WORDS } from '../lexicon/speech-verbs.ts';
import type { EntityMention } from '../types.ts';
import type { Span } from '../../model/extraction.ts';

const TIME_ADJUNCT =
  /^(?:(?:on|earlier|later|late|early|last|this|next)\s+)*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month|year|morning|afternoon|evening|night)\b,?\s*/i;
/** Between a speech verb and "that" only adjuncts may sit ("said in an interview on Friday that"): no clause. */
const CLAUSE_WORD =
  /\b(he|she|they|we|i|it|you|would|will|could|should|can|may|might|must|was|were|is|are|had|has|have|did|does|do|not)\b/i;
const ADJUNCT_START =
  /^(?:in|on|at|during|after|before|alongside|with|to|from|via|through|earlier|later|last|this|late|early|again|also|yesterday|today|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
/** A complement starting with one of these is a setting ("at a news conference"), not a claim. */
export const SETTING_START =
  /^(?:(?:at|in|on|during|after|before|alongside|with|to|from|as|when|while|following|for|by|about|via|through|late|earlier|later)\b|\.|$)/i;

/** Where the claim text starts after a "say" verb ending at `from`: past the audience of "told", adjuncts, "that". */
export function complementStart(
  text: string,
  from: number,
  limit: number,
  verb: string,
  mentions: EntityMention[],
): number {
  let pos = skipSpace(text, from, limit);
  if (text[pos] === ':' || text[pos] === ',') pos = skipSpace(text, pos + 1, limit);
  const told = /^(told|tells|telling|tell)$/.test(verb);
  // "said that", "said in an interview on Friday that", "told Putin on Wednesday that": adjuncts, then "that".
  const that = /^([^"“”;]*?)\bthat\b\s*/.exec(text.slice(pos, limit));
  const prefix = that?.[1] ?? '';
  const adjunctOnly =
    prefix === '' || ADJUNCT_START.test(prefix) || (told && !/^(?:he|she|it|they|we)\b/i.test(prefix));
  if (that && adjunctOnly && prefix.split(/\s+/).length <= 13 && !CLAUSE_WORD.test(prefix))
    return pos + that[0].length;
  if (told) {
    const object = mentions.find((m) => m.start === pos || m.phrase?.start === pos);
    if (object) pos = skipSpace(text, object.phrase?.end ?? object.end, limit);
    else {
      for (
        let w = /^([\p{L}-]+)\s*/u.exec(text.slice(pos, limit));
        w &&
        AUDIENCE_WORDS.has(capture(w, 1).toLowerCase()) &&
        !articleBeforeClaim(text, pos + w[0].length, limit, capture(w, 1));
      ) {
        pos += w[0].length;
        w = /^([\p{L}-]+)\s*/u.exec(text.slice(pos, limit));
      }
    }
  }
  for (
    let t = TIME_ADJUNCT.exec(text.slice(pos, limit));
    t && t[0].length > 0;
    t = TIME_ADJUNCT.exec(text.slice(pos, limit))
  ) {
    pos += t[0].length;
  }
  if (text[pos] === ':' || text[pos] === ',') pos = skipSpace(text, pos + 1, limit);
  return pos;
}

/** "told reporters the strike was ...": an article followed by a non-audience word opens the claim. */
function articleBeforeClaim(text: string, after: number, limit: number, word: string): boolean {
  if (!/^(?:the|a|an)$/i.test(word)) return false;
  const next = /^([\p{L}-]+)/u.exec(text.slice(after, limit))?.[1];
  return !!next && !AUDIENCE_WORDS.has(next.toLowerCase());
}

/** Trims connectors and punctuation a clause boundary leaves behind; keeps a closing quote that closes. */
export function trimClause(text: string, span: Span): Span {
  let { start, end } = span;
  for (let changed = true; changed && end > start;) {
    changed = false;
    const tail = text.slice(start, end);
    const connector =
      /(?:[\s,;:—–.-]+|\s+(?:and|but|while|as|which|whereas|so|then|his|her|its|their))$/i.exec(tail);
    if (connector && connector.index > 0) {
      end = start + connector.index;
      changed = true;
      continue;
    }
    const last = tail[tail.length - 1];
    const count = (ch: string) => tail.split(ch).length - 1;
    if ((last === '"' && count('"') % 2 === 1) || (last === '”' && count('”') > count('“'))) {
      end--;
      changed = true;
    }
  }
  while (start < end && /[\s,;:—–-]/.test(text[start]!)) start++;
  // "..., according to state news agency TASS": the source is not part of what it reported.
  const source = /,\s+according\s+to\s+[^,;"“”]+$/i.exec(text.slice(start, end));
  if (source && source.index > 0) end = start + source.index;
  return { start, end };
}

/**
 * Splits "X is Y but its members Z" into two claims when "but" starts a new clause, and "X and that Y"
 * (two reported clauses under one verb) likewise.
 */
export function splitOnBut(text: string, span: Span): Span[] {
  const body = text.slice(span.start, span.end);
  const re =
    /,?\s+(?:but\s+(?=(?:its|the|his|her|their|it|he|she|they|we|[\p{Lu}])\b)|(?:and|but)\s+that\s+)|,\s+but\s+(?=\p{Ll}+ed\s)/gu;
  const out: Span[] = [];
  let from = span.start;
  for (const m of body.matchAll(re)) {
    const cut = span.start + m.index;
    if (insideQuoteMarks(body.slice(0, m.index))) continue;
    if (cut - from > 10) {
      out.push({ start: from, end: cut });
      from = cut + m[0].length;
    }
  }
  out.push({ start: from, end: span.end });
  return out;
}

function insideQuoteMarks(prefix: string): boolean {
  const opens = (prefix.match(/“/g) ?? []).length - (prefix.match(/”/g) ?? []).length;
  const straight = (prefix.match(/"/g) ?? []).length % 2;
  return opens > 0 || straight === 1;
}

function skipSpace(text: string, pos: number, limit: number): number {
  while (pos < limit && /\s/.test(text[pos]!)) pos++;
  return pos;
}
