// Hostile input costs time in proportion to its length and yields output bounded by it (bench: extract-adversarial).

import { describe, expect, it } from 'vitest';
import { OUTPUT_LIMITS } from '../../../../src/extract/bound-output.ts';
import { extractArticle } from '../../../../src/extract/index.ts';
import { adversarialMix, hostileArticle } from '../../../../bench/adversarial-input.ts';

describe('1 MB of adversarial text', () => {
  it('is extracted in bounded time with output bounded by its length', () => {
    const text = adversarialMix(1024 * 1024);
    const started = performance.now();
    const x = extractArticle(hostileArticle(text));
    const seconds = (performance.now() - started) / 1000;
    // Generous: about 10 s on one busy core; the quadratic version needed hours for this input.
    expect(seconds).toBeLessThan(120);
    expect(x.claims.length).toBeLessThanOrEqual(
      OUTPUT_LIMITS.claimsBase + text.length / OUTPUT_LIMITS.charsPerClaim,
    );
    const claimChars = x.claims.reduce((n, c) => n + c.text.length, 0);
    expect(claimChars).toBeLessThanOrEqual(text.length);
    const mentions = x.entities.reduce((n, e) => n + e.mentions.length, 0);
    expect(mentions).toBeLessThanOrEqual(
      OUTPUT_LIMITS.mentionsBase + text.length / OUTPUT_LIMITS.charsPerMention,
    );
  }, 180_000);
});
