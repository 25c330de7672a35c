// Splits text into word tokens with offsets; acronyms with dots ("U.S.", "U.K.") stay one token.

export interface Token {
  start: number;
  end: number;
  text: string;
}

// "U.S." style acronyms first, then runs of letters/digits. Apostrophes and hyphens split words on purpose:
// "Moscow's" -> "Moscow" + "s", "US-Russia" -> "US" + "Russia"; multi-word gazetteer names re-join by slicing.
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    const tokEnd = Math.min(m.index + m[0].length, end);
    tokens.push({ start: m.index, end: tokEnd, text: text.slice(m.index, tokEnd) });
  }
  return tokens;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function isAllCaps(word: string): boolean {
  return /^[\p{Lu}.]+$/u.test(word) && /\p{Lu}{2}/u.test(word.replace(/\./g, ''));
}
