// The one error type for an article that cannot be read: it names the file and says what to do.

export class ArticleInputError extends Error {
  readonly file: string;
  readonly reason: string;

  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'ArticleInputError';
    this.file = file;
    this.reason = reason;
  }
}
