// Rules added for unseen wire copy (see test/fixtures/eval): each in isolation, on invented sentences.

import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../src/article/parse-article.ts';
import { claimContaining, extractText } from '../helpers.ts';

/** The first line of a text without front matter is its title: give each a neutral one. */
const extract = (body: string, published = '2017-04-12') => extractText(`Wire report\n\n${body}`, published);
const speakerOf = (text: string, words: string) => claimContaining(extract(text), words)?.speakerId;

describe('claims in unseen genres', () => {
  it('splits "X and that Y" into two reported clauses', () => {
    const x = extract(
      'General Ana Ruiz said the convoy was hit near the border and that two soldiers died.\n',
    );
    expect(x.claims.map((c) => c.text)).toEqual(['the convoy was hit near the border', 'two soldiers died']);
  });

  it('reads a complement that starts like a preposition ("one", "India") as a claim', () => {
    const x = extract('Karl Olsen said one sailor was injured.\n\nKarl Olsen said India would attend.\n');
    expect(x.claims.map((c) => c.text)).toEqual(['one sailor was injured', 'India would attend']);
  });

  it('takes an audience after "told" for no claim', () => {
    const x = extract('"We are ready to talk," Karl Olsen told the state broadcaster.\n');
    expect(x.claims.map((c) => c.text)).toEqual(['We are ready to talk']);
  });

  it('leaves a document\'s wording and a negated "say" out', () => {
    const x = extract(
      'The council voted on a resolution calling for a ceasefire in the region.\n\n' +
        'The text, which was drafted by Norway, urged all sides to protect civilians.\n\n' +
        'Karl Olsen did not say whether he would travel.\n',
    );
    expect(x.claims).toEqual([]);
  });

  it('does not carry a quotation to a speaker named in the next paragraph', () => {
    const text =
      '"We will act," Ursula von der Leyen told a news conference. "There will be a price to pay."\n\n' +
      'Charles Michel said the bloc remained united.\n';
    expect(speakerOf(text, 'price to pay')).toBe('person:ursula-von-der-leyen');
  });

  it('resolves "it said" to the state named earlier in the sentence and "who" to its antecedent', () => {
    expect(
      speakerOf('China accused Manila, which released video it said showed armed crews.\n', 'armed crews'),
    ).toBe('country:PHL');
    const x = extract(
      'Volodymyr Zelensky, who had criticised the plan as "absurd", met Jens Stoltenberg.\n\n"It is good," he told reporters.\n',
    );
    expect(claimContaining(x, 'It is good')?.speakerId).toBe('person:volodymyr-zelensky');
  });
});

describe('names in unseen genres', () => {
  it('finds people after "counterpart"/"writer", groups after "calling itself", features by their head', () => {
    const x = extract(
      'Wang Yi met his Australian counterpart Penny Wong and raised the case of writer Yang Hengjun.\n\n' +
        'A group calling itself the Islamic Resistance in Iraq said it fired drones near Second Thomas Shoal.\n',
    );
    const names = x.entities.map((e) => `${e.type}:${e.name}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'Person:Penny Wong',
        'Person:Yang Hengjun',
        'Organization:Islamic Resistance in Iraq',
        'Place:Second Thomas Shoal',
      ]),
    );
  });

  it('does not read a known surname opening another full name as the known person', () => {
    const x = extract('Chinese envoy Li Hui will travel to Kyiv.\n');
    expect(x.entities.map((e) => e.name)).toContain('Li Hui');
    expect(x.entities.map((e) => e.name)).not.toContain('Li Keqiang');
  });
});

describe('events in unseen genres', () => {
  it('leaves planned or possible events out and keeps a side meeting apart from the summit', () => {
    const x = extract(
      'VILNIUS, July 12 — NATO leaders ended a summit in Vilnius on Wednesday. ' +
        'Volodymyr Zelensky met Joe Biden on the sidelines. Hungary could vote on the matter in February.\n',
      '2023-07-12',
    );
    expect(x.events.map((e) => e.type).sort()).toEqual(['MEETING', 'MEETING']);
  });

  it('gives "the two ministers agreed" the sides of the meeting before it', () => {
    const x = extract(
      'Wang Yi held talks with his Australian counterpart Penny Wong in Canberra on Wednesday. The two ministers agreed to resume dialogue.\n',
      '2024-03-21',
    );
    const agreement = x.events.find((e) => e.type === 'AGREEMENT');
    expect(agreement).toMatchObject({ date: '2024-03-20', locationId: 'place:canberra' });
    expect(agreement?.participantIds).toEqual(
      expect.arrayContaining(['person:wang-yi', 'person:penny-wong']),
    );
  });

  it('reads a prisoner exchange as an agreement', () => {
    const x = extract('Russia and Ukraine exchanged 103 prisoners of war each on Saturday.\n', '2024-09-15');
    expect(x.events).toMatchObject([{ type: 'AGREEMENT', date: '2024-09-14' }]);
  });
});

describe('aggregator boilerplate', () => {
  it('drops a bare "Related News:" label with its list of headlines and a final "Read more" line', () => {
    const a = parseArticle(
      {
        baseId: 'b',
        text: 'Title\n\nThe envoys met on Monday.\n\nRelated News:\nEnvoys visit Oman\nRead more: Oil rises\n',
        sidecar: null,
      },
      {},
    );
    expect(a.text.slice(a.bodySpan.start, a.bodySpan.end)).toBe('The envoys met on Monday.');
  });
});
