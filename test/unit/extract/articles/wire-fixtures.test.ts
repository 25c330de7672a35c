// Short wire-copy articles written for these tests (fixtures/*.txt), one per kind of story: a Security Council
// veto, EU sanctions, an expulsion of diplomats, a summit and an interview. Each asserts concrete facts.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../../src/model/extraction.ts';
import { extractText } from '../helpers.ts';

const fixture = (name: string) =>
  extractText(readFileSync(join(import.meta.dirname, 'fixtures', `${name}.txt`), 'utf8'), null);
const eventOf = (x: Extraction, type: string) => x.events.find((e) => e.type === type);
const speakerOf = (x: Extraction, words: string) => x.claims.find((c) => c.text.includes(words))?.speakerId;
const rolesOf = (x: Extraction, id: string) => x.entities.find((e) => e.id === id)?.roles;

describe('a Security Council veto (un-veto.txt)', () => {
  const x = fixture('un-veto');

  it('reads the vote: the day, the dateline city, the vetoing state; not the state the draft was about', () => {
    const vote = eventOf(x, 'VOTE')!;
    expect(vote).toMatchObject({ date: '2017-04-12', locationId: 'place:new-york' });
    expect(vote.participantIds).toContain('country:RUS');
    expect(vote.participantIds).not.toContain('country:SYR');
  });

  it('reads roles given in commas after the name', () => {
    expect(rolesOf(x, 'person:nikki-haley')).toEqual([
      { title: 'Ambassador to the United Nations', ofId: 'country:USA' },
    ]);
    expect(rolesOf(x, 'person:vladimir-safronkov')).toEqual([
      { title: 'Deputy Ambassador to the UN', ofId: 'country:RUS' },
    ]);
  });

  it('attributes the quotation, the reported clause and the "He added" clause', () => {
    expect(speakerOf(x, 'chosen to side with Assad')).toBe('person:nikki-haley');
    expect(speakerOf(x, 'the draft was doomed')).toBe('person:vladimir-safronkov');
    expect(speakerOf(x, 'Moscow wanted an impartial investigation')).toBe('person:vladimir-safronkov');
    expect(speakerOf(x, 'putting its own interests')).toBe('person:matthew-rycroft');
  });
});

describe('EU sanctions (eu-sanctions.txt)', () => {
  const x = fixture('eu-sanctions');

  it('reads who imposed the sanctions on whom, and when', () => {
    expect(eventOf(x, 'SANCTION')).toMatchObject({
      date: '2014-07-29',
      participants: [
        { entityId: 'org:eu', role: 'PERPETRATOR' },
        { entityId: 'country:RUS', role: 'TARGET' },
      ],
    });
  });

  it('gives "They said" to the body just named and a pair of speakers to the first named', () => {
    expect(speakerOf(x, 'reviewed in three months')).toBe('org:eu');
    expect(speakerOf(x, 'use its influence over the separatists')).toBe('person:angela-merkel');
  });

  it('gives "It added" to the ministry and "according to" to its source', () => {
    expect(speakerOf(x, 'destructive and short-sighted')).toBe('org:russia-foreign-ministry');
    expect(speakerOf(x, 'Russia would respond')).toBe('org:russia-foreign-ministry');
    expect(speakerOf(x, 'could cost the Russian economy')).toBe('org:eu');
  });

  it('reads a source named mid-sentence', () => {
    const y = extractText(
      'T\n\nThe new measures, according to EU officials, could cost the Russian economy billions of euros.',
    );
    expect(y.claims).toContainEqual(
      expect.objectContaining({ speakerId: 'org:eu', text: expect.stringContaining('could cost') }),
    );
  });
});

describe('an expulsion of diplomats (poland-expulsion.txt)', () => {
  const x = fixture('poland-expulsion');

  it('reads expeller, expelled, place and day', () => {
    expect(eventOf(x, 'EXPULSION')).toMatchObject({
      date: '2022-03-23',
      locationId: 'country:POL',
      participants: [
        { entityId: 'country:POL', role: 'PERPETRATOR' },
        { entityId: 'country:RUS', role: 'TARGET' },
      ],
    });
  });

  it('reads the ambassador’s role after his name, and he alone attends his briefing', () => {
    expect(rolesOf(x, 'person:sergey-andreev')).toEqual([
      { title: 'Ambassador to Poland', ofId: 'country:RUS' },
    ]);
    expect(eventOf(x, 'PRESS_CONFERENCE')).toMatchObject({
      locationId: 'place:warsaw',
      participantIds: ['person:sergey-andreev'],
    });
  });

  it('gives "They added" to the ministry, and not a passive "be told" its own claim', () => {
    expect(speakerOf(x, 'Polish diplomats would be told to leave')).toBe('org:russia-foreign-ministry');
    expect(speakerOf(x, 'We will respond in kind')).toBe('person:sergey-andreev');
  });
});

describe('a summit (paris-summit.txt)', () => {
  const x = fixture('paris-summit');

  it('folds the headline’s summit into the lead’s: one meeting, its day and city, its leaders', () => {
    const meetings = x.events.filter((e) => e.type === 'MEETING');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ date: '2019-12-09', locationId: 'place:paris' });
    expect(meetings[0]!.participantIds).toEqual(
      expect.arrayContaining(['person:vladimir-putin', 'person:volodymyr-zelensky']),
    );
    expect(meetings[0]!.participantIds).not.toContain('country:RUS');
  });

  it('dates the agreement and the news conference by the summit', () => {
    expect(eventOf(x, 'AGREEMENT')?.date).toBe('2019-12-09');
    expect(eventOf(x, 'PRESS_CONFERENCE')).toMatchObject({
      date: '2019-12-09',
      participantIds: ['person:emmanuel-macron'],
    });
  });

  it('gives "Macron and Merkel said" to Macron and the pronoun quotations to their speakers', () => {
    expect(speakerOf(x, 'made real progress')).toBe('person:emmanuel-macron');
    expect(speakerOf(x, 'We have moved forward')).toBe('person:emmanuel-macron');
    expect(speakerOf(x, 'Very few issues were resolved')).toBe('person:volodymyr-zelensky');
  });
});

describe('an interview (erdogan-interview.txt)', () => {
  const x = fixture('erdogan-interview');

  it('knows Turkey by its English name', () => {
    expect(x.entities.find((e) => e.id === 'country:TUR')?.mentions.map((m) => m.text)).toContain('Turkey');
  });

  it('reads the interview without a day the text does not give', () => {
    expect(eventOf(x, 'INTERVIEW')).toMatchObject({
      date: null,
      participantIds: ['person:recep-tayyip-erdogan'],
    });
  });

  it('attributes the interview’s claims to the interviewee', () => {
    expect(speakerOf(x, 'stabbed Turkey in the back')).toBe('person:recep-tayyip-erdogan');
    expect(speakerOf(x, 'We will not bow to threats')).toBe('person:recep-tayyip-erdogan');
    expect(speakerOf(x, 'the tariffs would stay in place')).toBe('org:us-state-department');
  });
});
