// Keeps extraction total: when a rule throws, the sentences that make it throw are blanked out and the rest extracted.

import type { ArticleInfo, Extraction, Span } from '../model/extraction.ts';

/** One sentence whose facts were skipped because a rule failed on it. */
export interface SkippedSentence {
  articleId: string;
  /** Offsets of the skipped sentence in the original text. */
  span: Span;
  message: string;
}

export type ExtractPasses = (article: ArticleInfo) => Extraction;

/**
 * Runs `passes`; if they throw, finds the sentences that cause it by halving (a few extra runs per bad
 * sentence), blanks them with spaces (so every offset still points into the original text) and extracts the
 * rest. Returns an empty extraction only if even the blanked article fails.
 */
export function extractIsolated(
  article: ArticleInfo,
  passes: ExtractPasses,
  split: (article: ArticleInfo) => Span[],
  onSkip: (skipped: SkippedSentence) => void,
): Extraction {
  const first = attempt(passes, article);
  if (first.ok) return first.value;
  let pieces: Span[];
  try {
    pieces = split(article);
  } catch {
    pieces = [article.bodySpan];
  }
  const culprits = findCulprits(passes, article, pieces, pieces, first.message);
  const rest = attempt(
    passes,
    blank(
      article,
      culprits.map((c) => c.span),
    ),
  );
  for (const c of culprits)
    onSkip({ articleId: article.id, span: { start: c.span.start, end: c.span.end }, message: c.message });
  if (rest.ok) return { ...rest.value, article };
  onSkip({ articleId: article.id, span: article.bodySpan, message: rest.message });
  return { article, sentences: [], entities: [], events: [], claims: [] };
}

interface Culprit {
  span: Span;
  message: string;
}

/** The smallest sets of pieces that still fail when kept alone, found by halving. */
function findCulprits(
  passes: ExtractPasses,
  article: ArticleInfo,
  all: Span[],
  pieces: Span[],
  message: string,
): Culprit[] {
  if (pieces.length <= 1) return pieces.map((span) => ({ span, message }));
  const half = Math.ceil(pieces.length / 2);
  const out: Culprit[] = [];
  for (const part of [pieces.slice(0, half), pieces.slice(half)]) {
    const kept = new Set(part);
    const run = attempt(
      passes,
      blank(
        article,
        all.filter((p) => !kept.has(p)),
      ),
    );
    if (!run.ok) out.push(...findCulprits(passes, article, all, part, run.message));
  }
  // Neither half fails alone: the failure needs both, so the whole group goes.
  return out.length ? out : pieces.map((span) => ({ span, message }));
}

/** The article with the given spans replaced by spaces (line breaks kept, so paragraphs stay paragraphs). */
function blank(article: ArticleInfo, spans: Span[]): ArticleInfo {
  if (!spans.length) return article;
  const chars = article.text.split('');
  for (const s of spans) for (let i = s.start; i < s.end; i++) if (chars[i] !== '\n') chars[i] = ' ';
  return { ...article, text: chars.join('') };
}

type Attempt = { ok: true; value: Extraction } | { ok: false; message: string };

function attempt(passes: ExtractPasses, article: ArticleInfo): Attempt {
  try {
    return { ok: true, value: passes(article) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
