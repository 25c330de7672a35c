// Claim layouts on sentences written for these tests: quotation shapes, reported speech, speakers.

import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers.ts';

const claimsOf = (body: string) =>
  extractText(`Test headline without a speaker\n\n${body}`).claims.map((c) => ({
    kind: c.kind,
    text: c.text,
    speaker: c.speakerId,
  }));

describe('claims', () => {
  it.each([
    [
      'quote then "X said"',
      '"We will not accept this," Lavrov said.',
      'QUOTE',
      'We will not accept this',
      'person:sergey-lavrov',
    ],
    [
      'quote then "said X"',
      '"We will not accept this," said Sergey Lavrov.',
      'QUOTE',
      'We will not accept this',
      'person:sergey-lavrov',
    ],
    [
      '"X said:" then quote',
      'Lavrov said: "We will not accept this at all."',
      'QUOTE',
      'We will not accept this at all.',
      'person:sergey-lavrov',
    ],
    [
      '"X told reporters" after quote',
      '"The door is open," Tillerson told reporters in Moscow.',
      'QUOTE',
      'The door is open',
      'person:rex-tillerson',
    ],
    [
      'curly quotes',
      '“The door is open,” Tillerson said.',
      'QUOTE',
      'The door is open',
      'person:rex-tillerson',
    ],
    [
      'said that',
      'Putin said on Monday that the talks had been useful.',
      'PARAPHRASE',
      'the talks had been useful',
      'person:vladimir-putin',
    ],
    [
      'country speaker',
      'The U.S. has said the convoy was hit by Syrian jets.',
      'PARAPHRASE',
      'the convoy was hit by Syrian jets',
      'country:USA',
    ],
    [
      'inverted paraphrase',
      'The sanctions will stay in place, Merkel said on Friday.',
      'PARAPHRASE',
      'The sanctions will stay in place',
      'person:angela-merkel',
    ],
    [
      'according to',
      'According to Stoltenberg, the alliance will not send troops.',
      'PARAPHRASE',
      'the alliance will not send troops',
      'person:jens-stoltenberg',
    ],
    [
      'unknown subject',
      'Western diplomats criticised Moscow for the delay.',
      'PARAPHRASE',
      'criticised Moscow for the delay',
      null,
    ],
  ])('%s', (_name, body, kind, text, speaker) => {
    expect(claimsOf(body)).toContainEqual({ kind, text, speaker });
  });

  it('resolves a pronoun to the nearest preceding named speaker', () => {
    const claims = claimsOf('Tillerson met Lavrov on Wednesday. "It was a frank exchange," he said.');
    expect(claims).toContainEqual({
      kind: 'QUOTE',
      text: 'It was a frank exchange',
      speaker: 'person:rex-tillerson',
    });
  });

  it('gives an unattributed quote to the speaker of the quote before it', () => {
    const claims = claimsOf('"We are ready to talk," Merkel said. "But the troops must leave first."');
    expect(claims.map((c) => c.speaker)).toEqual(['person:angela-merkel', 'person:angela-merkel']);
  });

  it('keeps a quotation spanning several sentences whole', () => {
    const claims = claimsOf(
      '"We came here in good faith. We leave with nothing. That is a shame," Blinken said.',
    );
    expect(claims).toContainEqual({
      kind: 'QUOTE',
      text: 'We came here in good faith. We leave with nothing. That is a shame',
      speaker: 'person:antony-blinken',
    });
  });

  it('splits two reported clauses of one sentence into two claims', () => {
    const claims = claimsOf(
      'Lavrov met Tillerson, denouncing the sanctions as illegal and accusing Washington of bad faith.',
    );
    expect(claims).toEqual([
      { kind: 'PARAPHRASE', text: 'denouncing the sanctions as illegal', speaker: 'person:sergey-lavrov' },
      { kind: 'PARAPHRASE', text: 'accusing Washington of bad faith', speaker: 'person:sergey-lavrov' },
    ]);
  });

  it('does not crash on an unterminated quotation and still extracts it', () => {
    const claims = claimsOf('Putin said: "We will respond to any provocation\n\nThe talks ended on Friday.');
    expect(claims).toContainEqual({
      kind: 'QUOTE',
      text: 'We will respond to any provocation',
      speaker: 'person:vladimir-putin',
    });
  });

  it('reads a "Speaker: words" headline as a claim', () => {
    const x = extractText('Merkel: sanctions must stay\n\nMerkel spoke in Berlin on Friday.');
    expect(x.claims[0]).toMatchObject({ text: 'sanctions must stay', speakerId: 'person:angela-merkel' });
  });

  it('marks a denial of responsibility', () => {
    const x = extractText(
      'T\n\nA gas attack hit Douma on Saturday. Damascus denied that it was behind the attack.',
    );
    expect(x.claims[0]).toMatchObject({ speakerId: 'country:SYR', stance: 'DENIES' });
  });
});

describe('claims: more speaker shapes', () => {
  it.each([
    ['group of a state', 'U.S. officials said the talks would resume.', 'country:USA'],
    [
      'appositive name',
      "Ukraine's foreign minister, Dmytro Kuleba, said the offer was a trap.",
      'person:dmytro-kuleba',
    ],
    [
      'parenthetical between subject and verb',
      'Lavrov, speaking in Ankara, said the offer was a trap.',
      'person:sergey-lavrov',
    ],
    [
      'participle continues the clause subject',
      'Beijing fired back, saying the offer was a trap.',
      'country:CHN',
    ],
  ])('%s', (_name, body, speaker) => {
    const claims = claimsOf(body);
    expect(claims.at(-1)?.speaker).toBe(speaker);
  });

  it('resolves "the spokesman" to the last person holding that title', () => {
    const claims = claimsOf(
      'Kremlin spokesman Dmitry Peskov spoke on Monday. The spokesman said the offer was a trap.',
    );
    expect(claims.at(-1)).toMatchObject({ speaker: 'person:dmitry-peskov', text: 'the offer was a trap' });
  });

  it('attributes both halves of a quotation split by "he said"', () => {
    const claims = claimsOf('"We are ready to talk," Lavrov said, "but not at any price."');
    expect(claims.map((c) => c.speaker)).toEqual(['person:sergey-lavrov', 'person:sergey-lavrov']);
  });

  it('does not make a claim of a negated stance verb', () => {
    expect(claimsOf('It is a charge Israel has not denied.')).toEqual([]);
  });
});
