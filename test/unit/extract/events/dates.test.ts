// Date expressions resolved against the publication day (2017-04-12 was a Wednesday).

import { describe, expect, it } from 'vitest';
import { findDateExpressions } from '../../../../src/extract/events/find-date-expressions.ts';

const resolve = (phrase: string, published: string | null = '2017-04-12') => {
  const text = `It happened ${phrase} in the city.`;
  const found = findDateExpressions({ index: 0, start: 0, end: text.length, text }, published);
  return found.length ? found[0]!.date : 'none';
};

describe('findDateExpressions', () => {
  it.each([
    ['on Wednesday', '2017-04-12'],
    ['on Monday', '2017-04-10'],
    ['last Wednesday', '2017-04-05'],
    ['yesterday', '2017-04-11'],
    ['today', '2017-04-12'],
    ['earlier in the day', '2017-04-12'],
    ['on April 4', '2017-04-04'],
    ['on 4 March', '2017-03-04'],
    ['on March 4, 2016', '2016-03-04'],
    ['in December', 'none'],
    ['on December 20', '2016-12-20'],
    ['last week', null],
    ['earlier this week', null],
  ])('%s -> %s', (phrase, expected) => {
    expect(resolve(phrase)).toBe(expected);
  });

  it('gives no day for a weekday when the publication date is unknown', () => {
    expect(resolve('on Monday', null)).toBeNull();
  });

  it('does not read the modal "may" as a month', () => {
    expect(resolve('as it may 4 times')).toBe('none');
  });
});
