// Nouns that describe a speaker instead of naming one ("the minister", "the group", "officials"). Rules as data.

/** Offices one person holds: "the foreign minister said" refers to a person. */
export const PERSON_OFFICES = [
  'president',
  'minister',
  'secretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'ambassador',
  'envoy',
  'chancellor',
  'premier',
  'king',
  'queen',
];

/** Heads of definite noun phrases that refer back to a named speaker, person or organ ("the ministry said"). */
export const NOMINAL_HEAD_NOUNS = [
  ...PERSON_OFFICES,
  'leader',
  'ministry',
  'department',
  'government',
  'official',
  'diplomat',
  'senator',
  'general',
];

/** Non-state bodies referred back to by a noun: "the group said" is the latest organization named. */
export const BODY_NOUNS = [
  'group',
  'movement',
  'militia',
  'organisation',
  'organization',
  'bloc',
  'agency',
  'watchdog',
  'body',
  'alliance',
];

/** Further heads that refer back to a named body in a subject ("the commission said"), not used alone. */
export const BODY_SUBJECT_NOUNS = [...BODY_NOUNS, 'commission', 'council'];

/** Plural groups that speak for their state: "U.S. officials said", "Russian state media reported". */
export const GROUP_SPEAKER_NOUNS = [
  'officials',
  'diplomats',
  'authorities',
  'sources',
  'officers',
  'lawmakers',
  'media',
  'forces',
  'military',
  'negotiators',
  'delegation',
  'leaders',
  'prosecutors',
  'investigators',
];

/** Modifiers of such a group: "senior government officials", "state media". */
export const GROUP_SPEAKER_MODIFIERS = [
  'senior',
  'top',
  'government',
  'military',
  'defence',
  'defense',
  'security',
  'intelligence',
  'state',
  'foreign',
];

/** An alternation of whole words for a regular expression. */
export function wordsAlternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}
