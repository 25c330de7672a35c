// Reads an article file from disk and checks it is text we can extract from (the I/O edge of ingestion).

import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { ArticleInputError } from './article-input-error.ts';

export interface ArticleFile {
  path: string;
  /** File name without extension: the article id unless front matter gives one. */
  baseId: string;
  text: string;
  /** Front-matter fields from a `NAME.meta.json` beside the article, for files that have none inline. */
  sidecar: Record<string, unknown> | null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

const READ_FAILURES: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied: cannot read the file',
  EPERM: 'permission denied: cannot read the file',
  EISDIR: 'is a folder, not an article file',
};

/** Reads `path`, rejecting empty, binary, non-UTF-8 and oversized files with an ArticleInputError. */
export async function readArticleFile(path: string, maxBytes: number): Promise<ArticleFile> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ArticleInputError(path, 'not a regular file');
    if (info.size > maxBytes) {
      throw new ArticleInputError(
        path,
        `file is ${info.size} bytes, over the ${maxBytes}-byte limit (raise KG_MAX_ARTICLE_BYTES to allow it)`,
      );
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof ArticleInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = READ_FAILURES[code] ?? `cannot read file (${code || String(error)})`;
    throw new ArticleInputError(path, reason);
  }
  const text = decodeArticleText(path, bytes);
  return { path, baseId: articleIdFromPath(path), text, sidecar: await readSidecar(path) };
}

/** Turns raw bytes into article text, or explains why they are not an article. */
export function decodeArticleText(path: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ArticleInputError(path, 'file is empty');
  const utf16 = utf16Encoding(bytes);
  if (utf16 === 'utf-16le' || utf16 === 'utf-16be') {
    let decoded: string;
    try {
      decoded = new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      throw new ArticleInputError(
        path,
        `file starts as ${utf16.toUpperCase()} text but is not valid; convert it to UTF-8`,
      );
    }
    return checkText(path, decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded);
  }
  if (utf16 === 'utf-16 without a byte-order mark')
    throw new ArticleInputError(
      path,
      'file looks like UTF-16 text without a byte-order mark; convert it to UTF-8 (or save it with a BOM)',
    );
  if (bytes.includes(0))
    throw new ArticleInputError(path, 'file is binary (contains NUL bytes), not a text article');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ArticleInputError(path, 'file is not valid UTF-8 text; convert it to UTF-8 first');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return checkText(path, text);
}

function checkText(path: string, text: string): string {
  if (text.trim() === '') throw new ArticleInputError(path, 'file has no text (only whitespace)');
  if (text.includes('\u0000'))
    throw new ArticleInputError(path, 'file is binary (contains NUL characters), not a text article');
  return text;
}

/** UTF-16 by its byte-order mark, or by NULs in every other byte of mostly-ASCII text (no mark). */
function utf16Encoding(
  bytes: Uint8Array,
): 'utf-16le' | 'utf-16be' | 'utf-16 without a byte-order mark' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, 4096);
  if (sample.length < 16 || sample.length % 2 !== 0) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNuls += 1;
    if (sample[i + 1] === 0) oddNuls += 1;
  }
  const half = sample.length / 2;
  return (oddNuls > half * 0.6 && evenNuls === 0) || (evenNuls > half * 0.6 && oddNuls === 0)
    ? 'utf-16 without a byte-order mark'
    : null;
}

export function articleIdFromPath(path: string): string {
  const name = basename(path);
  return name.slice(0, name.length - extname(name).length);
}

async function readSidecar(path: string): Promise<Record<string, unknown> | null> {
  const sidecarPath = path.slice(0, path.length - extname(path).length) + '.meta.json';
  let raw: string;
  try {
    raw = await readFile(sidecarPath, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch {
    // fall through to the error below
  }
  throw new ArticleInputError(sidecarPath, 'metadata file is not a JSON object');
}
