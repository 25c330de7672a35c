// The speaker-order key range: which keys a speaker's date range covers, checked against keys written by hand.

import { describe, expect, it } from 'vitest';
import { SPEAKER_ORDER_SEPARATOR, speakerOrderRange } from '../../../src/graph/claim-speaker-order.ts';

/** A key as CREATE_CLAIMS writes it (the Cypher is checked against the graph in api-read-plan.test.ts). */
function key(speakerId: string, day: string | null, articleId: string, start: number): string {
  const inverted = day === null ? '00000000' : String(99999999 - Number(day.replaceAll('-', '')));
  return [speakerId, inverted.padStart(8, '0'), articleId, String(start).padStart(10, '0')].join(
    SPEAKER_ORDER_SEPARATOR,
  );
}

const inRange = (k: string, range: { lowest: string; below: string }) => k >= range.lowest && k < range.below;

describe('speaker-order keys', () => {
  const keys = [
    key('person:a', null, 'x', 5),
    key('person:a', '2021-12-31', 'b', 10),
    key('person:a', '2021-12-31', 'b-2', 3),
    key('person:a', '2019-06-01', 'a', 7),
    key('person:a', '2018-01-01', 'c', 1),
    key('person:ab', '2020-01-01', 'a', 1),
    key('person:a-b', '2020-01-01', 'a', 1),
  ];

  it('sort as publishedAt DESC (undated first), articleId, start', () => {
    const own = keys.slice(0, 5);
    expect([...own].reverse().sort()).toEqual(own);
  });

  it.each([
    [null, null, [0, 1, 2, 3, 4]],
    ['2019-06-01', null, [1, 2, 3]],
    [null, '2019-06-01', [3, 4]],
    ['2018-01-02', '2021-12-30', [3]],
    ['2021-12-31', '2021-12-31', [1, 2]],
  ])('from %s to %s covers only the speaker’s claims in the range', (from, to, expected) => {
    const range = speakerOrderRange('person:a', from, to);
    expect(keys.flatMap((k, index) => (inRange(k, range) ? [index] : []))).toEqual(expected);
  });
});
