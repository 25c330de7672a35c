// Two short reports of one attack, written for these tests: each gives the same cross-article event key.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const FIRST = `---
title: Gas attack kills dozens in Syrian town
published: 2017-04-05
---
A toxic gas attack hit the rebel-held town of Khan Sheikhoun in Syria's Idlib province on Tuesday, killing at least 58 people.

Secretary of State Rex Tillerson said the attack was carried out by the Syrian government.
`;
const SECOND = `---
title: Russia denies Syrian role in Khan Sheikhoun attack
published: 2017-04-05
---
Russia on Wednesday refused to accept that the Syrian government was behind the gas attack on Khan Sheikhoun on Tuesday.

Foreign Minister Sergey Lavrov said an independent investigation was needed.
`;
const EDITED_SECOND = SECOND.replace(
  'Foreign Minister Sergey Lavrov said an independent investigation was needed.',
  'Russian President Vladimir Putin called the accusations groundless.',
);

describe('one attack reported by two articles', () => {
  it.each([
    ['the first report (date after the place)', FIRST],
    ['the second report (headline mention first, date after "on Khan Sheikhoun")', SECOND],
    ['the edited second report', EDITED_SECOND],
  ])('%s gives one dated, located ATTACK with no participants', (_name, text) => {
    const attacks = extractText(text, null).events.filter((e) => e.type === 'ATTACK');
    expect(attacks).toHaveLength(1);
    expect(attacks[0]).toMatchObject({
      date: '2017-04-04',
      locationId: 'place:khan-sheikhoun',
      participants: [],
      key: 'ATTACK|2017-04-04|place:khan-sheikhoun|',
    });
  });

  it('keeps the death toll of the first report', () => {
    const attack = extractText(FIRST, null).events.find((e) => e.type === 'ATTACK');
    expect(attack?.killed).toBe(58);
  });
});
