// Extraction is total: no string makes it throw, every span it returns lies inside the text and quotes it exactly.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle, runPasses } from '../../../../src/extract/index.ts';
import type { ArticleInfo, Extraction, Mention, Span } from '../../../../src/model/extraction.ts';
import { WINDOW_CHARS } from '../../../../src/extract/windows.ts';
import { AWKWARD_PIECES, WRITTEN_SENTENCES } from './written-sentences.ts';

/** An article with the first line as title, without going through the file parser (which may refuse input). */
function articleOf(text: string): ArticleInfo {
  const lineEnd = text.indexOf('\n');
  const titleEnd = lineEnd < 0 ? 0 : lineEnd;
  return {
    id: 'prop',
    title: text.slice(0, titleEnd),
    url: null,
    source: null,
    publishedAt: '2019-02-28',
    contentHash: 'x',
    text,
    titleSpan: titleEnd > 0 ? { start: 0, end: titleEnd } : null,
    bodySpan: { start: lineEnd < 0 ? 0 : lineEnd + 1, end: text.length },
  };
}

function spanProblems(x: Extraction): string[] {
  const { text } = x.article;
  const problems: string[] = [];
  const check = (what: string, s: Span, quoted?: string) => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end))
      problems.push(`${what}: bad span ${s.start}-${s.end}`);
    else if (s.end > text.length) problems.push(`${what}: ends at ${s.end} past ${text.length}`);
    else if (quoted !== undefined && text.slice(s.start, s.end) !== quoted)
      problems.push(`${what}: text differs from its span`);
  };
  const sentenceOk = (what: string, m: Mention) => {
    if (!x.sentences.some((s) => s.index === m.sentence)) problems.push(`${what}: no sentence ${m.sentence}`);
  };
  for (const s of x.sentences) check(`sentence ${s.index}`, s, s.text);
  for (const e of x.entities)
    for (const m of e.mentions) {
      check(`mention of ${e.id}`, m, m.text);
      sentenceOk(`mention of ${e.id}`, m);
    }
  for (const e of x.events)
    for (const m of e.mentions) {
      check(`event ${e.id}`, m, m.text);
      sentenceOk(`event ${e.id}`, m);
    }
  for (const c of x.claims) check(`claim ${c.id}`, c.span, c.text);
  return problems;
}

const sentence = fc.constantFrom(...WRITTEN_SENTENCES);
const piece = fc.constantFrom(...AWKWARD_PIECES);
/** A written sentence with awkward pieces put in at random places, or a space turned into a line break. */
const mutated = fc
  .tuple(sentence, fc.array(fc.tuple(fc.nat(), piece), { maxLength: 4 }), fc.boolean())
  .map(([s, inserts, breakLine]) => {
    let out: string = s;
    for (const [at, p] of inserts) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + p + out.slice(i);
    }
    return breakLine ? out.replace(' ', '\n') : out;
  });
const chunk = fc.oneof(
  { weight: 5, arbitrary: mutated },
  { weight: 2, arbitrary: piece },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  // A very long line: one piece repeated, as broken copy or a hostile feed produces.
  { weight: 1, arbitrary: fc.tuple(piece, fc.integer({ min: 50, max: 600 })).map(([p, n]) => p.repeat(n)) },
);
const articleText = fc
  .tuple(fc.array(chunk, { minLength: 1, maxLength: 12 }), fc.constantFrom(' ', '\n', '\n\n', ''))
  .map(([chunks, glue]) => chunks.join(glue));

describe('extraction is total', () => {
  it('never throws and keeps every span inside the text, for recombined and mutated sentences', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        // The passes themselves, without the per-sentence safety net: a rule that throws fails here.
        const x = runPasses(articleOf(text));
        expect(spanProblems(x)).toEqual([]);
      }),
      { numRuns: 250 },
    );
  }, 60_000);

  it('never throws for arbitrary strings of any code unit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(spanProblems(runPasses(articleOf(text)))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it.each([
    [
      'a role phrase over a line break after a name',
      'Talks\nHe met Mr Ivan Petrov, the Russian\nenvoy, on Monday.',
    ],
    ['a role phrase with nothing after its owner', 'Talks\nHe met Mr Ivan Petrov, the Russian, on Monday.'],
    ['a lone quote mark', 'Talks\n"'],
    ['only a title', 'Talks'],
    ['empty text', ''],
  ])('reads %s without throwing', (_name, text) => {
    const x = runPasses(articleOf(text));
    expect(spanProblems(x)).toEqual([]);
  });
});

describe('an article longer than one window', () => {
  it('is extracted window by window with exact spans, one sentence index each, and ids that resolve', () => {
    const paragraph = WRITTEN_SENTENCES.join(' ');
    const text = `Talks\n${Array.from({ length: 40 }, () => paragraph).join('\n\n')}`;
    expect(text.length).toBeGreaterThan(3 * WINDOW_CHARS);
    const x = runPasses(articleOf(text));
    expect(spanProblems(x)).toEqual([]);
    expect(x.sentences.map((s) => s.index)).toEqual(x.sentences.map((_s, i) => i));
    expect(new Set(x.claims.map((c) => c.id)).size).toBe(x.claims.length);
    expect(new Set(x.events.map((e) => e.id)).size).toBe(x.events.length);
    const known = new Set([...x.events.map((e) => e.id), ...x.entities.map((e) => e.id)]);
    for (const c of x.claims) for (const id of c.aboutIds) expect(known).toContain(id);
    // Every window sees the same sentences, so each finds its claims: the count grows with the windows.
    expect(x.claims.length).toBeGreaterThan(40);
  });
});

describe('a rule that fails on one sentence', () => {
  const text =
    'Talks\nThe ministry said the talks would resume. BOOM in this one. Russia said it would attend.';
  /** The real passes, plus a rule that throws whenever the marker is still in the text. */
  const failing = (a: ArticleInfo) => {
    if (a.text.includes('BOOM')) throw new Error('rule failed');
    return runPasses(a);
  };

  it('skips only that sentence, reports it with the article id and offset, and extracts the rest', async () => {
    const { extractIsolated } = await import('../../../../src/extract/isolate-failures.ts');
    const { splitSentences } = await import('../../../../src/extract/text/split-sentences.ts');
    const skipped: { articleId: string; span: Span }[] = [];
    const x = extractIsolated(
      articleOf(text),
      failing,
      (a) => splitSentences(a, []),
      (s) => skipped.push(s),
    );
    const bad = text.indexOf('BOOM');
    expect(skipped).toEqual([
      {
        articleId: 'prop',
        span: { start: bad, end: bad + 'BOOM in this one.'.length },
        message: 'rule failed',
      },
    ]);
    expect(x.article.text).toBe(text);
    expect(x.claims.map((c) => c.text)).toEqual(['the talks would resume', 'it would attend']);
    expect(spanProblems(x)).toEqual([]);
  });

  it('is never seen by callers of extractArticle', () => {
    expect(() => extractArticle(articleOf(text), { onSkip: () => {} })).not.toThrow();
  });
});
