// Two short reports of one attack, written for these tests: each gives the same cross-article event key.

import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers.ts';
import {
  FIRST_REPORT as FIRST,
  SECOND_REPORT as SECOND,
  SECOND_REPORT_EDITED as EDITED_SECOND,
} from '../../../fixtures/khan-sheikhoun-reports.ts';

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
