// Reads role phrases around a person's name: "Russian Foreign Minister Sergey Lavrov" -> Foreign Minister of Russia.

import { capture } from '../text/capture.ts';
import type { Mention, Role } from '../../model/extraction.ts';
import type { Gazetteer } from '../gazetteer/gazetteer-types.ts';
import { ROLE_TITLES } from '../lexicon/roles.ts';
import { speechVerbAlternation } from '../lexicon/speech-verbs.ts';
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
    title = ROLE_TITLES[capture(m, 1).toLowerCase()] ?? capture(m, 1);
    titleStart = sentenceStart + before.length - capture(m, 1).length - (m[0].endsWith('.') ? 1 : 0);
  }
  // A city before "correspondent" belongs to the title: "The BBC's Moscow correspondent".
  let ownerEnd = titleStart;
  const city = mentions.find((x) => x.entityType === 'Place' && gapIs(text, x.end, titleStart, /^\s$/));
  if (city && /correspondent|bureau/.test(title)) {
    title = `${city.text} ${title}`;
    titleStart = city.start;
    ownerEnd = city.start;
  }
  const owner = mentions.find(
    (x) =>
      x !== person &&
      x.entityType !== 'Person' &&
      x.entityType !== 'Place' &&
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

/** ", Russia's deputy ambassador to the UN," / ", the US ambassador to the United Nations." after a name. */
const APPOSITIVE = new RegExp(
  String.raw`^,\s+((?:the|a|an)\s+)?([^,;:"“”()]{3,80}?)\s*(?=(?:\([\p{Lu}\p{N}.&-]{2,12}\)\s*)?[,.;]|\s+(?:${speechVerbAlternation('appositiveEnd')})\b|$)`,
  'u',
);
const POSTED_AFTER = /^(.*?)\s+(to|for|of|at)\s+((?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)$/u;
const RANKS = /^((?:deputy|senior|top|chief|former|acting)\s+)?([\s\S]+)$/i;

/**
 * A role in commas after the name: "Laurie Bristow, Britain's ambassador to Russia, said". `mentions` are the
 * entity mentions of the same sentence (the owner is the state or body named in the appositive).
 */
export function readRoleAfter(
  text: string,
  sentenceEnd: number,
  person: EntityMention,
  mentions: EntityMention[],
): RoleReading | null {
  const m = APPOSITIVE.exec(text.slice(person.end, sentenceEnd));
  if (!m) return null;
  const innerStart =
    person.end + m[0].length - m[0].trimStart().length + m[0].trimStart().indexOf(capture(m, 2));
  const innerEnd = innerStart + capture(m, 2).length;
  // The owner opens the phrase ("Russia's", "the US", "French"), or follows "for"/"of" ("a spokeswoman for NATO").
  const owner = mentions.find(
    (x) =>
      x.start === innerStart &&
      x.entityType !== 'Person' &&
      x.entityType !== 'Place' &&
      /^(?:['’]s)?\s/.test(text.slice(x.end, x.end + 3)),
  );
  let rest = text
    .slice(owner ? owner.end : innerStart, innerEnd)
    .replace(/^['’]s/, '')
    .trim();
  let ofId = owner?.entityId ?? null;
  let posted: string | null = null;
  const tail = POSTED_AFTER.exec(rest);
  if (tail) {
    const tailStart = innerEnd - capture(tail, 3).length;
    const body = mentions.find((x) => x.start >= tailStart - 4 && x.end === innerEnd);
    if (tail[2] === 'to') posted = capture(tail, 3);
    else if (body && body.entityType !== 'Person' && body.entityType !== 'Place') {
      ofId ??= body.entityId;
    } else return null;
    rest = capture(tail, 1);
  }
  const rank = RANKS.exec(rest);
  if (!rank) return null;
  // A role phrase may run over a line break: "the Russian\nenvoy" reads as "the Russian envoy".
  const base = ROLE_TITLES[capture(rank, 2).replace(/\s+/g, ' ').toLowerCase()];
  if (!base) return null;
  const rankWord = capture(rank, 1).trim();
  const prefix = rankWord ? `${rankWord.charAt(0).toUpperCase()}${rankWord.slice(1).toLowerCase()} ` : '';
  const title = `${prefix}${posted && /^(?:Ambassador|envoy)$/.test(base) ? `Ambassador to ${posted}` : base}`;
  return {
    role: { title, ofId },
    phrase: {
      start: person.start,
      end: innerEnd,
      text: text.slice(person.start, innerEnd),
      sentence: person.sentence,
    },
  };
}
