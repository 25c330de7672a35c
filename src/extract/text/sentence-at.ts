// Finds sentences by offset in logarithmic time (sentences are in text order and do not overlap).

import type { Sentence } from '../../model/extraction.ts';

/** The first sentence that ends after `pos` (the one holding it, or the next one when `pos` falls between two). */
export function sentenceEndingAfter(sentences: Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid]?.end ?? Infinity) > pos) hi = mid;
    else lo = mid + 1;
  }
  return sentences[lo];
}

/** The sentence whose span holds `pos`, if any. */
export function sentenceAt(sentences: Sentence[], pos: number): Sentence | undefined {
  const s = sentenceEndingAfter(sentences, pos);
  return s && s.start <= pos ? s : undefined;
}
