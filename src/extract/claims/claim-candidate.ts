// A claim before its speaker is resolved: where it is, what kind, and how its speaker is referred to.

import type { ClaimKind, Span } from '../../model/extraction.ts';

/** How the text points at the speaker; resolved in text order by resolveSpeakers. */
export type SpeakerRef =
  | { kind: 'entity'; id: string }
  | { kind: 'pronoun'; word: string }
  /** "the spokesman", "the ministry": the latest entity that fits the noun. */
  | { kind: 'nominal'; noun: string; owner?: string; cataphoric?: boolean }
  /** Same speaker as the previous claim ("... and warned that", "adding that", a quote continuing). */
  | { kind: 'previous' }
  | { kind: 'none' };

export interface ClaimCandidate {
  kind: ClaimKind;
  span: Span;
  sentence: number;
  speaker: SpeakerRef;
}

/** A speech verb found in a sentence, with what the sentence says around it. */
export interface VerbHit {
  sentence: number;
  /** The verb (or light verb for "issued X a warning"). */
  start: number;
  end: number;
  verb: string;
  kind: 'say' | 'act' | 'noun';
  /** Where the claim text starts for noun claims ("a warning against ..."). */
  nounStart?: number;
}
