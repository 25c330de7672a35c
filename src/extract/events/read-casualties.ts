// Reads killed/injured counts that follow an attack trigger: "killing over 80 people", "which killed 89 people".

import type { EventType } from '../../model/extraction.ts';
import { NUMBER_WORDS } from '../lexicon/dates.ts';

const QUANTITY = String.raw`(?:(?:over|more than|at least|nearly|almost|about|around|some|up to)\s+)?(\d[\d,]*|${Object.keys(NUMBER_WORDS).join('|')})`;
const KILLED = new RegExp(
  String.raw`\b(?:killing|killed|kills|left)\s+${QUANTITY}\b|\b${QUANTITY}\s+(?:people\s+|civilians\s+|persons\s+)?(?:were\s+|have been\s+)?(?:killed|dead|died)\b`,
  'i',
);
const INJURED = new RegExp(
  String.raw`\b(?:wounding|injuring|wounded|injured)\s+${QUANTITY}\b|\b${QUANTITY}\s+(?:people\s+)?(?:were\s+)?(?:wounded|injured)\b`,
  'i',
);

export function readCasualties(after: string, type: EventType): Casualties {
  if (type !== 'ATTACK' && type !== 'MILITARY_STRIKE' && type !== 'CONFLICT')
    return { killed: null, injured: null, vague: false };
  const clause = after.slice(0, 160);
  const killed = KILLED.exec(clause);
  const injured = INJURED.exec(clause);
  const vague = [killed, injured].some((m) => m && !/\d/.test(m[1] ?? m[2] ?? ''));
  return { killed: count(killed), injured: count(injured), vague };
}

export interface Casualties {
  killed: number | null;
  injured: number | null;
  /** A count in words ("dozens", "scores"): a figure in digits elsewhere is better. */
  vague: boolean;
}

function count(m: RegExpExecArray | null): number | null {
  if (!m) return null;
  const raw = (m[1] ?? m[2] ?? '').toLowerCase().replace(/,/g, '');
  const n = /^\d+$/.test(raw) ? Number(raw) : NUMBER_WORDS[raw];
  return n ?? null;
}
