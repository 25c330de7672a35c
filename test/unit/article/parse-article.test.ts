// parseArticle: front matter, sidecar, titles, boilerplate, published dates and input errors.

import { describe, expect, it } from 'vitest';
import { ArticleInputError } from '../../../src/article/article-input-error.ts';
import { decodeArticleText } from '../../../src/article/read-article-file.ts';
import { parseArticle } from '../../../src/article/parse-article.ts';

const parse = (text: string, sidecar: Record<string, unknown> | null = null, published?: string | null) =>
  parseArticle(
    { baseId: 'base-id', text, sidecar, path: 'article.txt' },
    published === undefined ? {} : { published },
  );
const body = (a: ReturnType<typeof parse>) => a.text.slice(a.bodySpan.start, a.bodySpan.end);

describe('parseArticle', () => {
  it('takes the first non-empty line as title when there is no front matter', () => {
    const a = parse('\nEnvoys meet in Geneva\n\nThe envoys met on Monday.\n');
    expect(a).toMatchObject({ id: 'base-id', title: 'Envoys meet in Geneva', publishedAt: null, url: null });
    expect(a.text.slice(a.titleSpan!.start, a.titleSpan!.end)).toBe('Envoys meet in Geneva');
    expect(body(a)).toBe('The envoys met on Monday.');
  });

  it('drops a repeated title line and trailing "Related news:" boilerplate', () => {
    const a = parse(
      'Envoys meet in Geneva\n\nEnvoys meet in Geneva\n\nThe envoys met on Monday.\n\nRelated news:',
    );
    expect(body(a)).toBe('The envoys met on Monday.');
  });

  it('reads YAML front matter and keeps offsets in the original text', () => {
    const text =
      '---\ntitle: "Envoys meet: a first"\nurl: https://example.org/a\npublished: 2019-05-02\nsource: Example\nid: custom-id\n---\nThe envoys met on Monday.\n';
    const a = parse(text);
    expect(a).toMatchObject({
      id: 'custom-id',
      title: 'Envoys meet: a first',
      url: 'https://example.org/a',
      source: 'Example',
      publishedAt: '2019-05-02',
    });
    expect(text.slice(a.titleSpan!.start, a.titleSpan!.end)).toBe('Envoys meet: a first');
    expect(body(a)).toBe('The envoys met on Monday.');
  });

  it('uses the sidecar for front-matter fields when the file has none', () => {
    const a = parse('Title line\nBody sentence here.', { published: '2017-04-12', source: 'sidecar' });
    expect(a).toMatchObject({ publishedAt: '2017-04-12', source: 'sidecar', title: 'Title line' });
  });

  it.each([
    [
      'override wins over front matter',
      '---\npublished: 2019-05-02\n---\nT\nBody.',
      '2020-01-01',
      '2020-01-01',
    ],
    ['null override keeps front matter', '---\npublished: 2019-05-02\n---\nT\nBody.', null, '2019-05-02'],
    ['no date anywhere gives null', 'T\nBody.', undefined, null],
  ])('published: %s', (_name, text, override, expected) => {
    expect(parse(text, null, override).publishedAt).toBe(expected);
  });

  it.each([
    ['unterminated front matter', '---\ntitle: x\nBody text', /no closing ---/],
    ['bad YAML', '---\ntitle: [unclosed\n---\nBody.', /not valid YAML/],
    ['bad published date', '---\npublished: 2019-02-30\n---\nT\nBody.', /published must be a date/],
    ['front matter and nothing else', '---\ntitle: Only a title\n---\n\n', /no body text|no text after/],
  ])('rejects %s with an ArticleInputError naming the file', (_name, text, message) => {
    expect(() => parse(text)).toThrow(ArticleInputError);
    expect(() => parse(text)).toThrow(message);
    expect(() => parse(text)).toThrow(/^article\.txt: /);
  });

  it.each([
    ['an empty file', new Uint8Array(), /file is empty/],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x00, 0x01]), /binary/],
    ['only whitespace', new TextEncoder().encode('  \n\t\n'), /no text/],
  ])('decodeArticleText rejects %s', (_name, bytes, message) => {
    expect(() => decodeArticleText('x.txt', bytes)).toThrow(ArticleInputError);
    expect(() => decodeArticleText('x.txt', bytes)).toThrow(message);
  });
});

describe('parseArticle with Windows line endings', () => {
  it('reads CRLF front matter and body', () => {
    const a = parse('---\r\ntitle: Envoys meet\r\npublished: 2019-05-02\r\n---\r\nThe envoys met.\r\n');
    expect(a).toMatchObject({ title: 'Envoys meet', publishedAt: '2019-05-02' });
    expect(body(a)).toBe('The envoys met.');
  });
});
