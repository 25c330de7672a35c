// Finds where a claim's sentence sits in its article's text, so the page can mark it (pure: no DOM).

export interface Highlight {
  /** The sentence as a range [start, end) of the article text. */
  sentenceStart: number;
  sentenceEnd: number;
  /** The claim's own words, a range inside (or equal to) the sentence. */
  claimStart: number;
  claimEnd: number;
}

/**
 * The provenance gives the claim's offsets and the sentence's text: the sentence is the occurrence of
 * that text that covers the claim (a sentence can repeat in an article). When no occurrence covers it
 * (the offsets are the authority), only the claim's own range is marked.
 */
export function locateSentence(text: string, sentence: string, start: number, end: number): Highlight {
  const claimStart = clamp(start, 0, text.length);
  const claimEnd = clamp(Math.max(end, start), claimStart, text.length);
  const needle = sentence.trim();
  if (needle.length > 0) {
    // The last occurrence starting at or before the claim is the only one that can cover it:
    // earlier ones end earlier.
    const at = text.lastIndexOf(needle, claimStart);
    if (at !== -1 && at + needle.length >= claimEnd) {
      return { sentenceStart: at, sentenceEnd: at + needle.length, claimStart, claimEnd };
    }
  }
  return { sentenceStart: claimStart, sentenceEnd: claimEnd, claimStart, claimEnd };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
