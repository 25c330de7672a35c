// Stance: does a claim assert or deny responsibility for an event it is about?

import type { Stance } from '../../model/extraction.ts';
import { DENIAL, RESPONSIBILITY } from '../lexicon/stance.ts';

const CONTESTED = new Set([
  'ATTACK',
  'MILITARY_STRIKE',
  'ELECTION_INTERFERENCE',
  'EXPULSION',
  'SANCTION',
  'CONFLICT',
  'OTHER',
]);

export function judgeStance(text: string, aboutEventTypes: string[]): Stance | null {
  if (!aboutEventTypes.some((t) => CONTESTED.has(t))) return null;
  const denies = DENIAL.test(text);
  if (RESPONSIBILITY.test(text)) return denies ? 'DENIES' : 'ASSERTS';
  // "... which Russia denies": a bare denial of an accusation made about the event.
  if (denies && /\bden(?:y|ies|ied|ying)\b/i.test(text)) return 'DENIES';
  return null;
}
