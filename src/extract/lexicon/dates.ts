// Day and month names and relative-day words used to resolve dates against the publication day.

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
export const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  sept: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};
/** Words that say "a time, but no particular day": they block a day being guessed. */
export const VAGUE_TIME =
  /\b(?:last|this|next|earlier this|later this|past)\s+(?:week|month|year|weekend)\b|\brecent(?:ly)?\b/i;
export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozens: 24,
  dozen: 12,
};

/**
 * "a day after the vote", "two days before Grossi's speech", "hours after the attack", "the day after the vote":
 * a time told from another happening. Groups: count and unit, or a same/next-day phrase; then after/before.
 */
export const RELATIVE_TO_EVENT =
  /\b(?:(a|one|two|three|four|five|six|seven|\d{1,2})\s+(days?|weeks?)|(hours|minutes|shortly|soon|just|the\s+day|the\s+morning))\s+(after|before)\s+(?:the\s+|[\p{Lu}][\p{L}'’-]*['’]s\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
