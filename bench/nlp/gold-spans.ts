// Loads gold sets and finds where each gold claim and event mention lies in its article's text.

import type { ArticleInfo, Span } from '../../src/model/extraction.ts';
import type { Gold, GoldEvent } from '../../src/eval/gold.ts';
import { loadEvalArticles } from '../../src/eval/run-eval.ts';

/** A gold event's mention where it stands in the text (the gold keeps mentions as plain strings). */
export interface MentionSpan extends Span {
  event: GoldEvent & { mentions?: string[] };
}

export interface GoldArticle {
  set: string;
  base: string;
  article: ArticleInfo;
  gold: Gold;
  /** Gold claim texts and event mentions: a sentence boundary inside one of them cuts a unit the rules need whole. */
  claimSpans: Span[];
  mentionSpans: MentionSpan[];
}

export async function loadGoldSet(dir: string): Promise<GoldArticle[]> {
  const { articles } = await loadEvalArticles(dir);
  const set = dir.replace(/\/+$/, '').split('/').pop() ?? dir;
  return articles.map(({ base, gold, article }) => ({
    set,
    base,
    article,
    gold,
    claimSpans: gold.claims.flatMap((c) => spanOf(article.text, c.text)),
    mentionSpans: gold.events.flatMap((event) =>
      mentionsOf(event).flatMap((m) => spanOf(article.text, m).map((s) => ({ ...s, event }))),
    ),
  }));
}

function mentionsOf(event: GoldEvent): string[] {
  const mentions: unknown = (event as { mentions?: unknown }).mentions;
  return Array.isArray(mentions) ? mentions.filter((m): m is string => typeof m === 'string') : [];
}

/** The first place the text holds the gold string (every gold string of these sets is verbatim). */
function spanOf(text: string, needle: string): Span[] {
  const at = needle ? text.indexOf(needle) : -1;
  return at < 0 ? [] : [{ start: at, end: at + needle.length }];
}
