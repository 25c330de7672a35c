// The shape of one `kg` subcommand and the error it throws for bad usage.

export interface CliCommand {
  name: string;
  /** One line for `kg --help`. */
  summary: string;
  /** Full help text for `kg NAME --help`. */
  help: string;
  /** Runs the command; resolves to the process exit code. */
  run(argv: string[]): Promise<number>;
}

/** Bad flags or arguments: printed as one line plus a pointer to --help, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
