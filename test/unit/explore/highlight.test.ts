// Where the explorer marks a claim's sentence in its article text.

import { describe, expect, it } from 'vitest';
import { locateSentence } from '../../../src/api/explore/client/highlight.ts';
import { eventTypesIn } from '../../../src/api/explore/client/search-box.ts';
import { hrefFor, viewFromSearch } from '../../../src/api/explore/client/routes.ts';

const TEXT = 'Talks ended. The minister said the deal was close. Talks ended. Then he said it again.';

describe('locateSentence', () => {
  it('marks the occurrence of the sentence that holds the claim', () => {
    const start = TEXT.indexOf('Then he said');
    const spot = locateSentence(TEXT, 'Then he said it again.', start + 8, start + 21);
    expect(TEXT.slice(spot.sentenceStart, spot.sentenceEnd)).toBe('Then he said it again.');
    expect(TEXT.slice(spot.claimStart, spot.claimEnd)).toBe('said it again');
  });

  it('picks the second copy of a repeated sentence when the claim is there', () => {
    const second = TEXT.lastIndexOf('Talks ended.');
    const spot = locateSentence(TEXT, 'Talks ended.', second, second + 5);
    expect(spot.sentenceStart).toBe(second);
  });

  it('falls back to the claim range when the sentence is not in the text', () => {
    expect(locateSentence(TEXT, 'Nothing like this.', 13, 25)).toEqual({
      sentenceStart: 13,
      sentenceEnd: 25,
      claimStart: 13,
      claimEnd: 25,
    });
  });

  it('always returns ranges inside the text with the claim inside the sentence', () => {
    const texts = ['', 'a', TEXT, 'x. x. x.'];
    const sentences = ['', 'x.', 'Talks ended.', TEXT];
    for (const text of texts)
      for (const sentence of sentences)
        for (let start = -3; start <= text.length + 3; start += 1)
          for (let end = start - 2; end <= text.length + 3; end += 3) {
            const spot = locateSentence(text, sentence, start, end);
            expect(0 <= spot.sentenceStart && spot.sentenceStart <= spot.claimStart).toBe(true);
            expect(spot.claimStart <= spot.claimEnd && spot.claimEnd <= spot.sentenceEnd).toBe(true);
            expect(spot.sentenceEnd <= text.length).toBe(true);
          }
  });
});

describe('search words and addresses', () => {
  it.each([
    ['attack khan', ['ATTACK']],
    ['atta', ['ATTACK']],
    ['talks moscow', ['MEETING']],
    ['missile strikes', ['MILITARY_STRIKE']],
    ['lavrov', []],
    ['at', []],
  ])('%s names event types %j', (text, types) => {
    expect(eventTypesIn(text.split(' '))).toEqual(types);
  });

  it('round-trips a view through its shareable address', () => {
    const view = { kind: 'claim' as const, id: 'article 1#c3' };
    expect(viewFromSearch(new URL(hrefFor(view), 'http://x').search)).toEqual(view);
    expect(hrefFor({ kind: 'entity', id: 'person:sergey-lavrov' })).toBe(
      '/explore?entity=person%3Asergey-lavrov',
    );
    expect(viewFromSearch('?event=ev_1')).toEqual({ kind: 'event', id: 'ev_1' });
    expect(viewFromSearch('?nothing=1')).toBeNull();
  });
});
