// What part-of-speech tagging would cost per article, next to our whole extraction: the budget it must fit in.

import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractArticle } from '../../src/extract/index.ts';
import type { GoldArticle } from './gold-spans.ts';

export interface Tagger {
  name: string;
  run: (a: GoldArticle) => number;
}

/**
 * Loaded last, on purpose: importing full compromise installs its tagger into the one instance that
 * `compromise/one` shares, after which the sentence splitter of compromise/one tags too (and runs ~5x slower).
 */
export async function loadTaggers(): Promise<Tagger[]> {
  const { default: nlp } = await import('compromise');
  // Sentences and tags only: wink's entity, negation and sentiment passes are not asked for.
  const wink = winkNLP(model, ['sbd', 'pos']);
  return [
    { name: 'our whole extraction (for scale)', run: (a) => extractArticle(a.article).events.length },
    {
      name: 'wink-nlp sentences + POS',
      run: (a) => (wink.readDoc(a.article.text).tokens().out(wink.its.pos) as string[]).length,
    },
    { name: 'compromise full tagger', run: (a) => nlp(a.article.text).terms().length },
  ];
}
