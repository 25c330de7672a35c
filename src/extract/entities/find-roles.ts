// Reads role phrases around a person's name: "Russian Foreign Minister Sergey Lavrov" -> Foreign Minister of Russia.

import type { Mention, Role } from '../../model/extraction.ts';
import type { Gazetteer } from '../gazetteer/gazetteer-types.ts';
import { ROLE_TITLES } from '../lexicon/roles.ts';
import type { EntityMention } from '../types.ts';

const TITLE_AT_END = new RegExp(
  String.raw`(?:^|[^\p{L}])(${Object.keys(ROLE_TITLES)
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.]/g, '\\.'))
    .join('|')})\.?$`,
  'iu',
);
const POSTED_TO =
  /(?:^|[^\p{L}])(ambassador|envoy|consul)\s+to\s+((?:the\s+)?\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}]*)*)$/iu;

export interface RoleReading {
  role: Role;
  /** The whole phrase, owner and title included. */
  phrase: Mention;
}

/** `mentions` are the entity mentions of the same sentence, used to resolve the owner ("Russian", "NATO"). */
export function readRole(
  text: string,
  sentenceStart: number,
  person: EntityMention,
  mentions: EntityMention[],
  g: Gazetteer,
): RoleReading | null {
  const before = text.slice(sentenceStart, person.start).replace(/\s*,?\s*$/, '');
  let title: string;
  let titleStart: number;
  const posted = POSTED_TO.exec(before);
  if (posted) {
    title = `Ambassador to ${posted[2]}`;
    titleStart = sentenceStart + posted.index + posted[0].search(/\p{L}/u);
  } else {
    const m = TITLE_AT_END.exec(before);
    if (!m) return null;
    title = ROLE_TITLES[m[1]!.toLowerCase()] ?? m[1]!;
    titleStart = sentenceStart + before.length - m[1]!.length - (m[0].endsWith('.') ? 1 : 0);
  }
  // A city before "correspondent" belongs to the title: "The BBC's Moscow correspondent".
  let ownerEnd = titleStart;
  const city = mentions.find(
    (x) => x.entityId.startsWith('place:') && gapIs(text, x.end, titleStart, /^\s$/),
  );
  if (city && /correspondent|bureau/.test(title)) {
    title = `${city.text} ${title}`;
    titleStart = city.start;
    ownerEnd = city.start;
  }
  const owner = mentions.find(
    (x) =>
      x !== person &&
      !x.entityId.startsWith('person:') &&
      !x.entityId.startsWith('place:') &&
      gapIs(text, x.end, ownerEnd, /^(?:['’]s)?\s*$/),
  );
  let ofId = owner?.entityId ?? null;
  if (!ofId) {
    const known = g.entities
      .get(person.entityId)
      ?.roles.find((r) => r.title.toLowerCase() === title.toLowerCase());
    ofId = known?.of ?? null;
  }
  const start = owner ? owner.start : titleStart;
  return {
    role: { title, ofId },
    phrase: { start, end: person.end, text: text.slice(start, person.end), sentence: person.sentence },
  };
}

function gapIs(text: string, from: number, to: number, pattern: RegExp): boolean {
  return from <= to && to - from <= 4 && pattern.test(text.slice(from, to));
}
