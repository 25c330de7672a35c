// Quotation pairing and sentence splitting on awkward copy: nested, curly, mistyped and unterminated marks.

import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from '../../../../src/extract/text/find-quotes.ts';
import { extractText } from '../helpers.ts';

const quotes = (text: string) =>
  findQuotedSpans(text, 0, text.length).map((q) => text.slice(q.inner.start, q.inner.end));

describe('findQuotedSpans', () => {
  it.each([
    ['straight', 'He said "we agree" today.', ['we agree']],
    ['curly', 'He said “we agree” today.', ['we agree']],
    [
      'nested straight',
      '"He said we are at "a low point" now".',
      ['He said we are at "a low point" now', 'a low point'],
    ],
    ['mistyped closing mark', '“We will defend China,“he said.', ['We will defend China']],
    ['unterminated closes at paragraph end', 'He said "we agree\nNext paragraph.', ['we agree']],
    ['apostrophes are not quotes', "Russia's view isn't new.", []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('sentences', () => {
  it('does not split after U.S., Mr or inside a quotation', () => {
    const x = extractText(
      'T\n\nThe U.S. envoy met Mr. Smith. "We talked. We agreed," he said. Then he left.',
    );
    expect(x.sentences.map((s) => s.text)).toEqual([
      'T',
      'The U.S. envoy met Mr. Smith.',
      '"We talked. We agreed," he said.',
      'Then he left.',
    ]);
  });

  it('keeps offsets exact with curly quotes and non-ASCII text', () => {
    const x = extractText(
      'Título “quoted”\n\nPresident Erdoğan said: “We will not back down.” Ankara agreed.',
    );
    for (const s of x.sentences) expect(x.article.text.slice(s.start, s.end)).toBe(s.text);
    for (const c of x.claims) expect(x.article.text.slice(c.span.start, c.span.end)).toBe(c.text);
    for (const e of x.entities)
      for (const m of e.mentions) expect(x.article.text.slice(m.start, m.end)).toBe(m.text);
  });
});
