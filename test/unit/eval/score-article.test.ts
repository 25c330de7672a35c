// Scoring rules from GUIDE.md: text overlap for claims, one-to-one matching, optional items not counted.

import { describe, expect, it } from 'vitest';
import { assignMatches } from '../../../src/eval/assign-matches.ts';
import { f1 } from '../../../src/eval/counts.ts';
import { scoreArticle, textOverlap } from '../../../src/eval/score-article.ts';
import { extractText } from '../extract/helpers.ts';

describe('textOverlap', () => {
  it.each([
    [
      'same words, other punctuation',
      'U.S.-Russia relations at a "low point"',
      'US Russia relations at a low point',
      true,
    ],
    [
      'one contains the other',
      'relations are at a low point',
      'he said relations are at a low point and worsening',
      true,
    ],
    ['little overlap', 'the sanctions stay', 'relations are at a low point', false],
  ])('%s', (_name, a, b, matches) => {
    expect(textOverlap(a, b) > 0).toBe(matches);
  });
});

describe('assignMatches', () => {
  it('counts a second prediction for the same gold item as a false positive', () => {
    const a = assignMatches(
      2,
      [false],
      [
        { pred: 0, gold: 0, score: 1 },
        { pred: 1, gold: 0, score: 1 },
      ],
    );
    expect(a.counts).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('neither rewards nor punishes matching an optional item', () => {
    const a = assignMatches(1, [false, true], [{ pred: 0, gold: 1, score: 1 }]);
    expect(a.counts).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
});

describe('scoreArticle', () => {
  it('scores a small article end to end', () => {
    const x = extractText('T\n\n"We will not accept this," Lavrov said in Moscow on Wednesday.');
    const score = scoreArticle(x, {
      published: '2017-04-12',
      entities: [
        { name: 'Sergey Lavrov', type: 'Person', aliases: ['Lavrov'] },
        { name: 'Moscow', type: 'Place', optional: true },
      ],
      events: [],
      claims: [{ speaker: 'Sergey Lavrov', kind: 'QUOTE', text: 'We will not accept this' }],
    });
    expect(f1(score.entities)).toBe(1);
    expect(score.claims).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.attribution).toEqual({ hit: 1, total: 1 });
  });

  it('matches an event on one of its accepted alternative dates (GUIDE.md dateAlternatives)', () => {
    const x = extractText('T\n\nLavrov and Tillerson held talks in Moscow on Tuesday.');
    const gold = (date: string, alternatives: string[]) => ({
      published: '2017-04-12',
      entities: [],
      events: [
        {
          type: 'MEETING',
          date,
          dateAlternatives: alternatives,
          location: 'Moscow',
          participants: ['Sergey Lavrov'],
        },
      ],
      claims: [],
    });
    expect(scoreArticle(x, gold('2017-04-10', [])).events.tp).toBe(0);
    expect(scoreArticle(x, gold('2017-04-10', ['2017-04-11'])).events.tp).toBe(1);
  });
});
