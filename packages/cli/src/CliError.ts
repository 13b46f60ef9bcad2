/**
 * An error the CLI reports as one line and an exit code, without a stack trace:
 * 1 for a problem with the input's content, 2 for input that cannot be read or a wrong call,
 * 130 for work interrupted with Ctrl-C. `code` names the reason in `--json` output
 * (`error.code`); without one it is `input` (exit 1), `call` (exit 2) or `interrupted` (130).
 */
export class CliError extends Error {
  readonly code: string;
  constructor(
    message: string,
    readonly exitCode: 1 | 2 | 130 = 2,
    code?: string,
  ) {
    super(message);
    this.name = 'CliError';
    this.code = code ?? (exitCode === 1 ? 'input' : exitCode === 130 ? 'interrupted' : 'call');
  }
}
