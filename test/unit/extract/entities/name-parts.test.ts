// A person named again by one part of the full name, family name first or last (entities/find-name-part-mentions.ts).

import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers.ts';

/** The speaker of the claim whose text includes `words`. */
function speakerOf(body: string, words: string): string | null | undefined {
  const x = extractText(`Talks\n\n${body}`, '2019-02-28');
  return x.claims.find((c) => c.text.includes(words))?.speakerId;
}

describe('one part of a full name stands for the one person named earlier with it first or last', () => {
  it.each([
    [
      'family name first, three parts',
      'North Korean envoy Ri Song Chol met South Korean diplomats in Geneva. "The talks were useful," Ri said.',
      'talks were useful',
      'person:ri-song-chol',
    ],
    [
      'family name first, a known person the gazetteer gives no surname',
      'Leader Kim Jong Un inspected a factory. Kim said the country would stay strong.',
      'stay strong',
      'person:kim-jong-un',
    ],
    [
      'family name first, hyphenated given name',
      'South Korean envoy Park Min-jun met Japanese envoys in Seoul. Park said more rounds would follow.',
      'more rounds',
      'person:park-min-jun',
    ],
    [
      'family name last',
      'Latvian envoy Ivars Kalns met Russian diplomats in Riga. Kalns said more rounds would follow.',
      'more rounds',
      'person:ivars-kalns',
    ],
  ])('%s', (_case, body, words, speakerId) => {
    expect(speakerOf(body, words)).toBe(speakerId);
  });

  it('two people sharing the part: neither is meant', () => {
    const body =
      'North Korean envoy Ri Song Chol met North Korean envoy Ri Yong Ho in Geneva. Ri said the talks were useful.';
    expect(speakerOf(body, 'talks were useful')).toBeNull();
  });

  it('a part met before the full name links to no one', () => {
    const x = extractText(
      'Talks\n\nRi arrived on Monday. Later, North Korean envoy Ri Song Chol met diplomats.',
    );
    const ri = x.entities.find((e) => e.id === 'person:ri-song-chol');
    expect(ri?.mentions.map((m) => m.text)).toEqual(['Ri Song Chol']);
  });
});
