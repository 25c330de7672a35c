// Turns raw article text into ArticleInfo: front matter, title, body span, publication date (pure, no I/O).

import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import type { ArticleInfo, Span } from '../model/extraction.ts';
import { ArticleInputError } from './article-input-error.ts';
import { findTrailingBoilerplate } from './trailing-boilerplate.ts';

export interface ArticleSource {
  baseId: string;
  text: string;
  sidecar: Record<string, unknown> | null;
  path?: string;
}

export interface ParseOptions {
  /** Overrides any published date from front matter or sidecar (e.g. `--published`). */
  published?: string | null;
}

interface FrontMatter {
  fields: Record<string, unknown>;
  /** Offset just past the closing `---` line. */
  end: number;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME_AFTER_DAY = /^[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)?$/;

/** Article ids become node keys, URLs and file names: short, and letters, digits and . _ - : only. */
export const MAX_ARTICLE_ID_LENGTH = 200;
const ARTICLE_ID = /^[\p{L}\p{N}_][\p{L}\p{N}._:-]*$/u;

export function checkArticleId(where: string, id: string): string {
  if (id.length > MAX_ARTICLE_ID_LENGTH)
    throw new ArticleInputError(
      where,
      `article id is ${id.length} characters; the limit is ${MAX_ARTICLE_ID_LENGTH} (set a shorter "id:" in the front matter)`,
    );
  if (!ARTICLE_ID.test(id) || id.includes('..'))
    throw new ArticleInputError(
      where,
      `article id ${JSON.stringify(id)} may use only letters, digits, ".", "_", "-" and ":" (starting with a letter, digit or "_", no ".."); set "id:" in the front matter or rename the file`,
    );
  return id;
}

/** Reads front matter (inline or sidecar), the title and the body span of one article. */
export function parseArticle(file: ArticleSource, options: ParseOptions = {}): ArticleInfo {
  const where = file.path ?? file.baseId;
  const { text } = file;
  const front = readFrontMatter(where, text);
  const fields: Record<string, unknown> = front ? front.fields : { ...(file.sidecar ?? {}) };
  let cursor = front ? front.end : 0;

  let title = stringField(fields.title);
  let titleSpan: Span | null = null;
  if (title !== null) {
    titleSpan = findTitleInFrontMatter(text, title, front?.end ?? 0);
  } else {
    const line = nextNonEmptyLine(text, cursor);
    if (!line) throw new ArticleInputError(where, 'article has no text after its front matter');
    title = text.slice(line.start, line.end);
    titleSpan = { start: line.start, end: line.end };
    cursor = line.next;
  }
  cursor = skipRepeatedTitle(text, cursor, title);

  const bodyEnd = findTrailingBoilerplate(text, cursor);
  const body = trimSpan(text, cursor, bodyEnd);
  if (body.end <= body.start) {
    throw new ArticleInputError(where, 'article has no body text');
  }
  const published = resolvePublished(where, options.published, fields.published);
  return {
    id: checkArticleId(where, stringField(fields.id) ?? file.baseId),
    title,
    url: stringField(fields.url),
    source: stringField(fields.source),
    publishedAt: published,
    contentHash: createHash('sha256').update(text).digest('hex'),
    text,
    titleSpan,
    bodySpan: body,
  };
}

function readFrontMatter(where: string, text: string): FrontMatter | null {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return null;
  const close = /^---[ \t]*\r?$/m;
  const rest = text.slice(open[0].length);
  const match = close.exec(rest);
  if (!match) throw new ArticleInputError(where, 'front matter starts with --- but has no closing --- line');
  const yamlText = rest.slice(0, match.index);
  let parsed: unknown;
  try {
    parsed = parseYaml(yamlText);
  } catch (error) {
    const detail = (error as Error).message.split('\n')[0];
    throw new ArticleInputError(where, `front matter is not valid YAML (${detail})`);
  }
  if (parsed === null || parsed === undefined) parsed = {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ArticleInputError(where, 'front matter must be a YAML mapping (key: value lines)');
  }
  let end = open[0].length + match.index + match[0].length;
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  return { fields: parsed as Record<string, unknown>, end };
}

/** YAML may turn `published: 2017-04-12` into a Date; accept that, strings and nothing else. */
function resolvePublished(where: string, override: string | null | undefined, raw: unknown): string | null {
  if (override !== undefined && override !== null) return checkDay(where, override, '--published');
  if (raw === undefined || raw === null || raw === '') return null;
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) throw new ArticleInputError(where, 'published date is not a valid date');
    return raw.toISOString().slice(0, 10);
  }
  if (typeof raw === 'string') {
    // A timestamp is accepted for its day; anything else after the day is a typo to report.
    const value = raw.trim();
    if (value.length > 10 && !TIME_AFTER_DAY.test(value.slice(10)))
      throw new ArticleInputError(where, `published must be a date like 2017-04-12, got "${value}"`);
    return checkDay(where, value.slice(0, 10), 'published');
  }
  throw new ArticleInputError(where, `published must be a date like 2017-04-12, got ${JSON.stringify(raw)}`);
}

function checkDay(where: string, value: string, label: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (!ISO_DAY.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new ArticleInputError(where, `${label} must be a date like 2017-04-12, got "${value}"`);
  }
  return value;
}

function stringField(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number') return String(value);
  return null;
}

/** The title's characters inside the front matter, so a headline claim can point at real text. */
function findTitleInFrontMatter(text: string, title: string, frontEnd: number): Span | null {
  const at = text.indexOf(title);
  if (at < 0 || at >= frontEnd) return null;
  return { start: at, end: at + title.length };
}

interface Line {
  start: number;
  end: number;
  next: number;
}

function nextNonEmptyLine(text: string, from: number): Line | null {
  let pos = from;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const span = trimSpan(text, pos, nl);
    if (span.end > span.start) return { start: span.start, end: span.end, next: nl + 1 };
    pos = nl + 1;
  }
  return null;
}

/** Aggregators often print the headline twice; the second copy is the title again, not body text. */
function skipRepeatedTitle(text: string, from: number, title: string): number {
  const line = nextNonEmptyLine(text, from);
  if (line && normalizeLine(text.slice(line.start, line.end)) === normalizeLine(title)) return line.next;
  return from;
}

function normalizeLine(line: string): string {
  return line.replace(/\s+/g, ' ').trim().toLowerCase();
}

function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = Math.min(end, text.length);
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}
