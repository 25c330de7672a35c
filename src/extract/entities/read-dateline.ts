// Reads a wire-copy dateline ("MOSCOW —", "ANCHORAGE, Alaska —", "BEIJING (Reuters) -") at the start of the body.

import { capture } from '../text/capture.ts';
import type { Span } from '../../model/extraction.ts';
import type { Gazetteer } from '../gazetteer/gazetteer-types.ts';

export interface Dateline {
  span: Span;
  /** The agency in parentheses, which is a credit, not an entity of the story. */
  credit: Span | null;
  /** The country the dateline city lies in, used for unowned organs ("the Foreign Ministry"). */
  countryId: string | null;
}

const DATELINE =
  /^([\p{Lu}][\p{Lu}.'’ -]*[\p{Lu}.])(,\s*[\p{L}\p{N} .]+?)?\s*(\([^)\n]{1,40}\))?\s*[—–-]+\s/u;
/** Agency style: "Islamabad (AFP) - ": a mixed-case city, but only with the agency credit after it. */
const CREDITED_DATELINE =
  /^([\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,2})(,\s*[\p{L} .]+?)?\s*(\([^)\n]{1,40}\))\s*[—–-]+\s/u;

export function readDateline(text: string, bodyStart: number, g: Gazetteer): Dateline | null {
  const head = text.slice(bodyStart, bodyStart + 120);
  const m = DATELINE.exec(head) ?? CREDITED_DATELINE.exec(head);
  if (!m) return null;
  const city = capture(m, 1)
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_x, sep: string, ch: string) => sep + ch.toUpperCase());
  let countryId: string | null = null;
  for (const f of g.forms.get(city) ?? []) {
    if (f.entityType === 'Country') countryId = f.entityId;
    else countryId ??= g.entities.get(f.entityId)?.inCountry ?? null;
  }
  const creditStart = m[3] ? bodyStart + m.index + m[0].indexOf(m[3]) : -1;
  return {
    span: { start: bodyStart, end: bodyStart + m[0].length },
    credit: m[3] ? { start: creditStart, end: creditStart + m[3].length } : null,
    countryId,
  };
}
