// Speaker cues of the news genre, one table per rule: lead-in quotations, hopes, adverbs, described speakers.

import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers.ts';

const claims = (text: string) =>
  extractText(`Talks\n\n${text}`, '2019-02-28').claims.map((c) => ({ text: c.text, speakerId: c.speakerId }));

describe('a quotation introduced by a speech verb and a comma or colon is that speaker’s', () => {
  it.each([
    [
      'French President Marc Dubois met Russian President Ivan Petrov. Petrov told reporters after two days of talks: "Sometimes you have to leave the table."',
      'Sometimes you have to leave the table.',
      'person:ivan-petrov',
    ],
    [
      'French President Marc Dubois met Russian President Ivan Petrov. Asked about the talks, Petrov responded through a translator, "We will meet again soon."',
      'We will meet again soon.',
      'person:ivan-petrov',
    ],
  ])('%s', (text, quote, speakerId) => {
    expect(claims(text)).toContainEqual({ text: quote, speakerId });
  });
});

describe('a hope stated about what others will do is a claim', () => {
  it('"X hoped that ..." claims what follows "that"', () => {
    expect(
      claims(
        'Russian President Ivan Petrov hoped that Paris and Moscow would keep talking, the ministry said.',
      ),
    ).toContainEqual({ text: 'Paris and Moscow would keep talking', speakerId: 'person:ivan-petrov' });
  });
});

describe('adverbs between a speaker and the verb', () => {
  it.each(['further', 'immediately', 'openly'])('"Petrov %s said ..."', (adverb) => {
    const text = `Russian President Ivan Petrov met reporters. Petrov ${adverb} said "the talks went very well for both sides".`;
    expect(claims(text)).toContainEqual({
      text: 'the talks went very well for both sides',
      speakerId: 'person:ivan-petrov',
    });
  });
});

describe('a described speaker with two words before the head noun', () => {
  it('"The Russian top diplomat" refers to the state’s office holder or the state, never nobody', () => {
    const found = claims(
      'Russian Foreign Minister Ivan Petrov arrived in Vienna. The Russian top diplomat also called for "new steps to carry out the deal".',
    );
    const claim = found.find((c) => c.text.includes('new steps'));
    expect(claim?.speakerId).not.toBeNull();
  });
});

describe('a headline ending in its speaker', () => {
  it('"What they said: Speaker" is a claim by the speaker', () => {
    // (A name the gazetteer knows: a headline gives no cue for an unknown one.)
    const x = extractText('Sanctions will stay in place: Sergey Lavrov\n\nLavrov spoke in Vienna on Monday.');
    expect(x.claims.map((c) => ({ text: c.text, speakerId: c.speakerId }))).toContainEqual({
      text: 'Sanctions will stay in place',
      speakerId: 'person:sergey-lavrov',
    });
  });
});

describe('taking a side publicly', () => {
  it.each([
    ['Japanese Prime Minister Taro Sato backed French President Marc Dubois after the talks.', 1],
    ['Iran-backed militias attacked the base on Monday.', 0],
    ['The plan was backed by most members on Monday.', 0],
  ])('%s', (text, count) => {
    expect(claims(text).filter((c) => /backed/.test(c.text))).toHaveLength(count);
  });
});

describe('a described speaker after the verb', () => {
  it.each([
    [
      'The German government rejected the proposal. "There will be no deal," said the spokesman.',
      'There will be no deal',
    ],
    [
      'The German government rejected the proposal. "We urge restraint," said a foreign ministry spokeswoman.',
      'We urge restraint',
    ],
  ])('%s', (text, quote) => {
    expect(claims(text)).toContainEqual({ text: quote, speakerId: 'country:DEU' });
  });

  it('a spokesman named earlier is the one who speaks', () => {
    const text =
      'German government spokesman Karl Weber spoke in Berlin. "There will be no deal," said the spokesman.';
    expect(claims(text)).toContainEqual({ text: 'There will be no deal', speakerId: 'person:karl-weber' });
  });
});
