// Free text becomes a safe full-text query: special characters never reach Lucene's parser.

import { describe, expect, it } from 'vitest';
import { toLuceneQuery } from '../../../src/api/lucene-query.ts';

describe('toLuceneQuery', () => {
  it.each([
    ['Lavrov', 'lavrov*'],
    ['Khan Sheikhoun', 'khan* sheikhoun*'],
    ['al-Assad', 'al* assad*'],
    ['"sarin" AND (attack)', 'sarin* attack*'],
    ['U.S.', 'u.s.*'],
  ])('%s -> %s', (input, expected) => {
    expect(toLuceneQuery(input)).toBe(expected);
  });

  it('returns null when nothing is left to search for', () => {
    expect(toLuceneQuery(' ** ?? ')).toBeNull();
  });
});
