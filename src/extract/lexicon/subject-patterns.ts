// The noun-phrase patterns the subject rules read: described speakers, offices, groups and units of bodies.

import {
  BODY_SUBJECT_NOUNS,
  GROUP_SPEAKER_MODIFIERS,
  GROUP_SPEAKER_NOUNS,
  NOMINAL_HEAD_NOUNS,
  PERSON_OFFICES,
  wordsAlternation,
} from './speaker-nouns.ts';

/** Heads of definite noun phrases that refer back to a named speaker ("the minister said"). */
export const NOMINAL_HEADS = new RegExp(
  String.raw`(?:^|\s)(?:${wordsAlternation(NOMINAL_HEAD_NOUNS)})$`,
  'i',
);

/** "U.S. officials", "Russian state media": a group that speaks for its state. */
export const GROUP_NOUNS = new RegExp(
  String.raw`\s(?:(?:${wordsAlternation(GROUP_SPEAKER_MODIFIERS)})\s+)*(?:${wordsAlternation(GROUP_SPEAKER_NOUNS)})$`,
);

/** Heads of definite noun phrases that refer back to a named body: "the group said", "the watchdog said". */
export const GROUP_HEADS = new RegExp(String.raw`(?:^|\s)(?:${wordsAlternation(BODY_SUBJECT_NOUNS)})$`, 'i');

/** "the head of the agency", "the chief of the bloc": an office described by the body it heads. */
export const HEAD_OF =
  /\b(?:[Tt]he|[Aa])\s+(?:head|chief|director[- ]general|boss|top\s+(?:diplomat|envoy|negotiator|official)|secretary[- ]general)\s+of\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,4}[\p{L}.'’-]+$/u;

/** "IAEA chief", "the U.N. nuclear chief": a body's or state's short form before the office noun. */
export const OWNER_CHIEF =
  /(?:^|\s)(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:[\p{Ll}]+\s+)?(?:chief|head|boss)$/u;

/** "The U.N. humanitarian office": a named body, then a lower-case unit of it. */
export const ORG_UNIT =
  /\b[Tt]he\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*(?:\s+(?:[\p{Ll}-]+\s+){0,2}(?:office|agency|mission|secretariat|body|commission|team|delegation|committee)))$/u;

/** Offices one person holds ("foreign minister"), not bodies ("ministry", "government"). */
export const PERSON_OFFICE = new RegExp(String.raw`(?:^|\s)(?:${wordsAlternation(PERSON_OFFICES)})$`, 'i');

/**
 * ", in a statement," / ", after leaving the meeting," between subject and verb. (Not ", urged Israel to open
 * crossings," before ", saying": the sentence's own verb; ", based in X," is one.)
 */
export const PARENTHETICAL =
  /,(?!\s*\p{Ll}+ed\s+(?!(?:in|by|at|on|near|from|after|with|to|for|as|under)\b))\s*[^,"“”]{2,90},\s*$/u;

/** "Turkey's foreign minister", "Maduro's government": an office or body owned by the name before it. */
export const OWNED_OFFICE = /['’]s\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)$/u;

/** "Its foreign ministry", "Their spokesman": an office of the body or state a possessive points at. */
export const POSSESSIVE_OFFICE = /\b([Ii]ts|[Tt]heir)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)$/u;

/** "the spokesman", "the AU spokesman", "the DPRK top leader": up to two words before the head noun. */
export const DEFINITE_DESCRIPTION = /\b[Tt]he\s+((?:[\p{L}.-]+\s+){0,2}[\p{L}-]+)$/u;

/** The words a subject may be: personal pronouns. */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

/** Whether a phrase ends in a head noun that refers back to a speaker or a body ("the minister", "the group"). */
export function isDescribedSpeaker(phrase: string): boolean {
  return NOMINAL_HEADS.test(phrase) || GROUP_HEADS.test(phrase);
}
