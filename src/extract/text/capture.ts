// Reads a regex capture group totally: an unmatched optional group is the empty string, never undefined.

/** The text of group `index` of a match, or '' when the group did not take part. */
export function capture(match: RegExpExecArray | RegExpMatchArray, index: number): string {
  return match[index] ?? '';
}
