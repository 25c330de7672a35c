// Concrete facts the extractor must read from the seed article (seeds/articles/000_378aaa2b4c064df4.txt).

import { describe, expect, it } from 'vitest';
import { claimContaining, extractSeed } from '../helpers.ts';

const x = extractSeed();
const entity = (id: string) => x.entities.find((e) => e.id === id);

describe('seed article', () => {
  it('takes the publication date from the sidecar and the first line as title', () => {
    expect(x.article.publishedAt).toBe('2017-04-12');
    expect(x.article.title).toBe("Trump declares US-Russia relations may be at 'all-time low'");
  });

  it('gives Lavrov the role Foreign Minister of Russia', () => {
    expect(entity('person:sergey-lavrov')?.roles).toContainEqual({
      title: 'Foreign Minister',
      ofId: 'country:RUS',
    });
  });

  it('folds Mr Putin, Putin and Russian President Vladimir Putin into one person', () => {
    const putins = x.entities.filter((e) => e.name.includes('Putin'));
    expect(putins).toHaveLength(1);
    expect(putins[0]!.mentions.map((m) => m.text)).toEqual(
      expect.arrayContaining(['Vladimir Putin', 'Putin']),
    );
  });

  it('reads Moscow, Washington and the Kremlin used for governments as countries', () => {
    const russia = entity('country:RUS')!;
    expect(russia.mentions.map((m) => m.text)).toEqual(
      expect.arrayContaining(['Moscow', 'Kremlin', 'Russian Federation']),
    );
    expect(entity('country:USA')!.mentions.map((m) => m.text)).toEqual(
      expect.arrayContaining(['Washington', 'U.S.', 'USA']),
    );
  });

  it('finds the Khan Sheikhoun attack on 2017-04-04 with 80 killed, as one event', () => {
    const attacks = x.events.filter((e) => e.type === 'ATTACK');
    expect(attacks).toHaveLength(1);
    expect(attacks[0]).toMatchObject({ date: '2017-04-04', locationId: 'place:khan-sheikhoun', killed: 80 });
    expect(attacks[0]!.mentions.map((m) => m.text)).toEqual(
      expect.arrayContaining(['chemical attack', 'use of sarin']),
    );
  });

  it('knows Russia denied that Assad was behind the attacks', () => {
    const denial = claimContaining(x, 'refusing to concede');
    expect(denial).toMatchObject({ speakerId: 'country:RUS', stance: 'DENIES' });
    expect(denial!.aboutIds).toContain('person:bashar-al-assad');
  });

  it('knows the U.S. asserted Syria carried out the attack', () => {
    expect(claimContaining(x, 'carried out by Syria')).toMatchObject({
      speakerId: 'country:USA',
      stance: 'ASSERTS',
    });
  });

  it('resolves "he said" after Tillerson to Tillerson', () => {
    expect(claimContaining(x, 'Our meeting today comes')).toMatchObject({
      kind: 'QUOTE',
      speakerId: 'person:rex-tillerson',
    });
  });

  it("gives the quote after Lavrov's warning to Lavrov", () => {
    expect(claimContaining(x, 'We consider it of utmost importance')?.speakerId).toBe('person:sergey-lavrov');
  });

  it('makes one claim per reported clause', () => {
    expect(claimContaining(x, 'denouncing the missile strike')?.text).toBe(
      'denouncing the missile strike on Syria as illegal',
    );
    expect(claimContaining(x, 'accusing Washington')?.speakerId).toBe('person:sergey-lavrov');
  });

  it('reads the headline as a claim by Trump', () => {
    expect(x.claims[0]).toMatchObject({
      speakerId: 'person:donald-trump',
      text: "US-Russia relations may be at 'all-time low'",
    });
  });

  it('drops the repeated title line and the trailing "Related news:"', () => {
    const body = x.article.text.slice(x.article.bodySpan.start, x.article.bodySpan.end);
    expect(body.startsWith('"Secretary of State')).toBe(true);
    expect(body).not.toContain('Related news');
  });

  it('points every mention and claim at its exact characters', () => {
    const { text } = x.article;
    for (const e of x.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const e of x.events) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const c of x.claims) expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
    for (const s of x.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
