// Entities from sentences written for these tests: gazetteer, unknown names with cues, metonyms, roles.

import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers.ts';

const entitiesOf = (body: string) => extractText(`Headline\n\n${body}`).entities;
const idsOf = (body: string) => entitiesOf(body).map((e) => `${e.type} ${e.id}`);

describe('entities', () => {
  it.each([
    ['capital as government', 'Moscow rejected the claim.', 'Country country:RUS'],
    ['capital as a place', 'Talks were held in Moscow.', 'Place place:moscow'],
    ['seat of government', 'The Kremlin rejected the claim.', 'Country country:RUS'],
    ['demonym', 'Russian interests are at stake.', 'Country country:RUS'],
    ['short form', 'The U.S. and the UK agreed.', 'Country country:GBR'],
    ['organization alias', 'The North Atlantic Treaty Organisation met.', 'Organization org:nato'],
    [
      'unknown person with a role title',
      'Deputy Foreign Minister Ivan Petrovsky said the talks failed.',
      'Person person:ivan-petrovsky',
    ],
    ['unknown person with an age', 'Anna Kowalska, 41, was arrested.', 'Person person:anna-kowalska'],
    [
      'unknown organization',
      'The Baltic Energy Council met on Monday.',
      'Organization org:baltic-energy-council',
    ],
    [
      'organization with a connector',
      'The Syrian Observatory for Human Rights counted the dead.',
      'Organization org:syrian-observatory-for-human-rights',
    ],
    ['broadcaster', 'He spoke to state-run ZX television on Monday.', 'Organization org:zx-television'],
    ['described settlement', 'Shells hit the village of Novoselka overnight.', 'Place place:novoselka'],
    [
      "a country's ministry",
      "Russia's foreign ministry summoned the envoy.",
      'Organization org:russia-foreign-ministry',
    ],
  ])('%s', (_name, body, expected) => {
    expect(idsOf(body)).toContain(expected);
  });

  it('does not invent entities from capitalized sentence starters or months', () => {
    expect(idsOf('Meanwhile, Early talks in March failed. Officials said nothing.')).toEqual([]);
  });

  it('folds a surname and "Mr X" into the full name found earlier', () => {
    const people = entitiesOf(
      'Ivan Petrovsky, the deputy minister, arrived. Mr Petrovsky said little. Petrovsky left.',
    ).filter((e) => e.type === 'Person');
    expect(people).toHaveLength(1);
    expect(people[0]!.mentions).toHaveLength(3);
  });

  it('needs the full name before an ambiguous surname counts ("May")', () => {
    expect(idsOf('The talks may resume in May.')).not.toContain('Person person:theresa-may');
    expect(idsOf('Theresa May spoke. May said the talks would resume.')).toContain(
      'Person person:theresa-may',
    );
  });

  it('skips the news agency credit in a dateline', () => {
    const x = extractText('Headline\n\nBEIJING (Reuters) - China protested on Monday.');
    expect(x.entities.map((e) => e.id)).not.toContain('org:reuters');
    expect(x.entities.map((e) => e.id)).toContain('place:beijing');
  });

  it('reads a role with its owner: country demonym, organization, or a posting', () => {
    const x = extractText(
      "Headline\n\nNATO Secretary General Jens Stoltenberg spoke. Britain's ambassador to Russia, Laurie Bristow, listened.",
    );
    const role = (id: string) => x.entities.find((e) => e.id === id)?.roles[0];
    expect(role('person:jens-stoltenberg')).toEqual({ title: 'Secretary General', ofId: 'org:nato' });
    expect(role('person:laurie-bristow')).toEqual({ title: 'Ambassador to Russia', ofId: 'country:GBR' });
  });
});
