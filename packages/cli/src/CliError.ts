/**
 * An error the CLI reports as one line and an exit code, without a stack trace:
 * 1 for a problem with the input's content, 2 for input that cannot be read or a wrong call,
 * 130 for work interrupted with Ctrl-C.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 | 130 = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
