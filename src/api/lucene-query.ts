// Turns free text into a safe full-text (Lucene) query: every word escaped, prefix-matched, all optional.

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Lucene refuses queries over 1,024 clauses and terms over ~32 KB; far below both, and plenty for a search box. */
export const MAX_SEARCH_WORDS = 32;
export const MAX_SEARCH_WORD_LENGTH = 100;

/** What is wrong with a search text (too many words, a too-long word), or null when it can be searched. */
export function searchTextProblem(text: string): string | null {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length > MAX_SEARCH_WORDS)
    return `text has ${words.length} words; search with at most ${MAX_SEARCH_WORDS}`;
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (longest.length > MAX_SEARCH_WORD_LENGTH)
    return `text has a word of ${longest.length} characters; words may have at most ${MAX_SEARCH_WORD_LENGTH}`;
  return null;
}

export function toLuceneQuery(text: string): string | null {
  const words = text
    .split(/\s+/)
    .map((word) => word.replace(LUCENE_SPECIAL, ' ').trim())
    .flatMap((word) => word.split(/\s+/))
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .filter((word) => !/^(AND|OR|NOT)$/.test(word));
  if (words.length === 0) return null;
  return words.map((word) => `${word.toLowerCase()}*`).join(' ');
}
