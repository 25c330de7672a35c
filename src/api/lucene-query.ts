// Turns free text into a safe full-text (Lucene) query: every word escaped, prefix-matched, all optional.

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

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
