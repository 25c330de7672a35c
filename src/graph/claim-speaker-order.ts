// The stored key that lists a speaker's claims newest first from an index: `claims(filter: {speakerId})` reads one page.

/**
 * Joins the key's parts. Below every character an id may hold, so a shorter article id sorts before a longer
 * one it begins (as Cypher compares the ids themselves), and a speaker's prefix never matches another speaker.
 */
export const SPEAKER_ORDER_SEPARATOR = '\u001f';

const SEPARATOR = "'\\u001f'";

/**
 * Cypher for the key of claim `claim` said by entity `speaker`: the speaker's id, the publication day inverted
 * (so ascending key order is newest first; an undated claim comes first, as nulls do in `DESC`), the article id
 * and the zero-padded start offset. Ascending key order for one speaker is exactly
 * `publishedAt DESC, articleId, start`, the order every list of claims is served in.
 */
export function speakerOrderKey(claim: string, speaker: string): string {
  const day = `${claim}.publishedAt`;
  const inverted = `CASE WHEN ${day} IS NULL THEN '00000000' ELSE right('0000000' + toString(99999999 - (${day}.year * 10000 + ${day}.month * 100 + ${day}.day)), 8) END`;
  const start = `right('000000000' + toString(${claim}.start), 10)`;
  return `${speaker}.id + ${SEPARATOR} + ${inverted} + ${SEPARATOR} + ${claim}.articleId + ${SEPARATOR} + ${start}`;
}

/** The day as the key writes it: 99999999 - YYYYMMDD, eight digits. */
function invertedDay(day: string): string {
  return String(99999999 - Number(day.replaceAll('-', ''))).padStart(8, '0');
}

/**
 * The keys of the speaker's claims published from `from` to `to` (YYYY-MM-DD, either may be null): those
 * `>= lowest` and `< below`, in serving order. The character after the separator (a space) closes a range.
 */
export function speakerOrderRange(
  speakerId: string,
  from: string | null,
  to: string | null,
): { lowest: string; below: string } {
  const prefix = `${speakerId}${SPEAKER_ORDER_SEPARATOR}`;
  // An undated claim's day is 00000000: a date bound leaves it out, as `publishedAt >= date(...)` does.
  const lowest = to ? prefix + invertedDay(to) : from ? `${prefix}00000000 ` : prefix;
  const below = from ? `${prefix}${invertedDay(from)} ` : `${speakerId} `;
  return { lowest, below };
}

/** Cypher: `key` is one of the claims of the speaker whose id is the expression `speakerId` (an index range). */
export function speakerOrderWithin(key: string, speakerId: string): string {
  return `${key} >= ${speakerId} + ${SEPARATOR} AND ${key} < ${speakerId} + ' '`;
}

/** Keys for claims written before the key existed (idempotent: only claims without one), in batches. */
export const BACKFILL_SPEAKER_ORDER = `
MATCH (c:Claim)-[:SAID_BY]->(s:Entity) WHERE c.speakerOrder IS NULL
CALL (c, s) { SET c.speakerOrder = ${speakerOrderKey('c', 's')} } IN TRANSACTIONS OF 10000 ROWS`;
