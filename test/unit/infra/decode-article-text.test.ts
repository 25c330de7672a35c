// Bad article bytes are refused with a reason that names the file.

import { describe, expect, it } from 'vitest';
import { ArticleInputError } from '../../../src/article/article-input-error.ts';
import {
  articleIdFromPath,
  decodeArticleText,
  readArticleFile,
} from '../../../src/article/read-article-file.ts';

describe('decodeArticleText', () => {
  it.each([
    ['empty', new Uint8Array(), 'file is empty'],
    ['whitespace only', new TextEncoder().encode(' \n\t\n'), 'file has no text'],
    ['binary', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'file is binary'],
    ['Latin-1', Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]), 'file is not valid UTF-8'],
  ])('refuses a %s file', (_name, bytes, reason) => {
    expect(() => decodeArticleText('news/x.txt', bytes)).toThrow(ArticleInputError);
    expect(() => decodeArticleText('news/x.txt', bytes)).toThrow(new RegExp(`^news/x.txt: ${reason}`));
  });

  it('keeps UTF-8 text and drops a byte-order mark', () => {
    expect(decodeArticleText('a.txt', new TextEncoder().encode('\uFEFFTillerson said “no”.'))).toBe(
      'Tillerson said “no”.',
    );
  });

  it('takes the article id from the file name', () => {
    expect(articleIdFromPath('/x/seeds/articles/000_378aaa2b4c064df4.txt')).toBe('000_378aaa2b4c064df4');
  });

  it.each([
    ['/no/such/article.txt', 'no such file'],
    ['/tmp', 'not a regular file'],
  ])('names why %s cannot be read', async (path, reason) => {
    await expect(readArticleFile(path, 1_000_000)).rejects.toThrow(`${path}: ${reason}`);
  });

  it('refuses a file over the size limit, saying which variable raises it', async () => {
    await expect(readArticleFile('seeds/articles/000_378aaa2b4c064df4.txt', 100)).rejects.toThrow(
      /over the 100-byte limit \(raise KG_MAX_ARTICLE_BYTES to allow it\)/,
    );
  });
});
