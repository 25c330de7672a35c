// Hostile extraction input: features of real copy (quotes, commas, speech verbs, capitals) repeated without end.

import type { ArticleInfo } from '../src/model/extraction.ts';

/** Hostile text as a whole article body (no front matter, no title), as the extractor takes it. */
export function hostileArticle(text: string): ArticleInfo {
  return {
    id: 'hostile',
    title: 'Hostile',
    url: null,
    source: null,
    publishedAt: '2020-01-01',
    contentHash: 'x',
    text,
    titleSpan: null,
    bodySpan: { start: 0, end: text.length },
  };
}

/** Units that once made extraction quadratic when repeated. */
export const ADVERSARIAL_UNITS: Record<string, string> = {
  'said."': 'said." ',
  'blasted,': 'blasted, ',
  quotes: '"“”«» ',
  commas: ', , ,',
  capitals: 'Foreign Minister Ivan Petrov Of The Republic ',
  dialogue: 'Russia said. "The US, Britain and France," he said, "blasted NATO." ',
  'role over a line break': 'Mr Ivan Petrov, the Russian\nenvoy, said ',
  'one-line paragraphs': 'said\n"',
};

/** `bytes` (about) of one unit repeated. */
export function repeatedUnit(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length));
}

/** `bytes` (about) made of every unit in turn, one paragraph each. */
export function adversarialMix(bytes: number): string {
  const units = Object.values(ADVERSARIAL_UNITS);
  return units.map((u) => repeatedUnit(u, bytes / units.length)).join('\n');
}
