// Rules added after the second cold set (test/fixtures/eval-cold2): each on invented sentences.

import { describe, expect, it } from 'vitest';
import { claimContaining, extractText } from '../helpers.ts';

const extract = (body: string, published = '2025-03-05') => extractText(`Wire report\n\n${body}`, published);

describe('speakers named after their description', () => {
  it('gives "the head of the ... watchdog said" to the person who opens the next sentence, a unit to its body', () => {
    const x = extract(
      'The head of the U.N. food watchdog said on Tuesday that harvests had failed in three provinces.\n\n' +
        'Tomas Lindqvist told donors in Rome that the agency needed more money. "We are running out," he said.\n',
    );
    expect(claimContaining(x, 'harvests had failed')?.speakerId).toBe('person:tomas-lindqvist');
    // "The U.N. humanitarian office said": a unit speaks for the body it belongs to.
    const y = extract('The U.N. humanitarian office said convoys were still being delayed at checkpoints.\n');
    expect(claimContaining(y, 'convoys were still')?.speakerId).toBe('org:un');
    // "Kenya's foreign minister said", then the minister named; not a leader of another state.
    const z = extract(
      "Kenya's foreign minister said on Friday that talks had collapsed.\n\n" +
        'Musalia Mudavadi told parliament that the other side had walked away.\n\n' +
        "Turkey's foreign minister said the deal was dead.\n\nRussian President Vladimir Putin said it was alive.\n",
    );
    expect(claimContaining(z, 'talks had collapsed')?.speakerId).toBe('person:musalia-mudavadi');
    expect(claimContaining(z, 'the deal was dead')?.speakerId).toBe('country:TUR');
  });

  it('gives "she" to a woman named earlier when the last speaker is not known to be one', () => {
    const x = extract(
      'German Foreign Minister Annalena Baerbock met Russian Foreign Minister Sergei Lavrov in Geneva on Friday. ' +
        'Lavrov said the talks were useful. She said Berlin would not lift sanctions.\n\n' +
        'Baroness Olivia Grant met officials in Amman. Baroness Grant said Jordan had been helpful.\n',
    );
    expect(claimContaining(x, 'Berlin would not lift')?.speakerId).toBe('person:annalena-baerbock');
    expect(claimContaining(x, 'Jordan had been helpful')?.speakerId).toBe('person:olivia-grant');
  });
});

describe('event dates told from another event', () => {
  it('dates "two days after the veto, ambassadors met" from the veto, and a finite "voted" by its day', () => {
    const x = extract(
      'BRUSSELS - EU leaders failed on Thursday to agree on aid after Hungary vetoed the proposal at a summit ' +
        'in Brussels.\n\nTwo days after the veto, EU ambassadors met to discuss a workaround.\n',
      '2024-12-20',
    );
    const meetings = x.events.filter((e) => e.type === 'MEETING').map((e) => e.date);
    expect(meetings).toEqual(expect.arrayContaining(['2024-12-19', '2024-12-21']));
    // "The Senate voted on Wednesday" is dated although its subject has "the"; "ready for talks" is no meeting.
    const y = extract(
      'A spokeswoman said on Thursday that aid would continue despite a Senate vote.\n\n' +
        'The Senate voted 51-49 on Wednesday to postpone the package. Moscow said it was ready for talks.\n',
      '2025-06-20',
    );
    expect(y.events.filter((e) => e.type === 'VOTE').map((e) => e.date)).toEqual(['2025-06-18']);
    expect(y.events.some((e) => e.type === 'MEETING')).toBe(false);
  });
});
