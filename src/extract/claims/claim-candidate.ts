// A claim before its speaker is resolved: where it is, what kind, and how its speaker is referred to.

import type { ClaimKind, Span } from '../../model/extraction.ts';
import type { EntityMention } from '../types.ts';

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

/** Who a speech verb's subject is, as one row of the subject rules read it. */
export interface SubjectReading {
  ref: SpeakerRef;
  /** Where the subject phrase starts (the clause start for the previous claim's end), or the verb when none. */
  start: number;
  /** The verb hangs off a conjunction or comma ("and warned", ", adding"): it shares a subject. */
  attached: 'and' | 'comma' | 'quote' | null;
  /** The name of the rule that read it (see lexicon/subject-rules.ts). */
  rule?: string;
}

/** What the subject rules read: the text before the verb, adverbs and dates already skipped. */
export interface SubjectContext {
  text: string;
  sentenceStart: number;
  verbStart: number;
  /** The sentence up to the subject's end: `text.slice(sentenceStart, end)`. */
  before: string;
  end: number;
  mentions: EntityMention[];
  /** The subject of a verb at another offset: the clause before a parenthetical. */
  readAt: (verbStart: number) => SubjectReading;
}
