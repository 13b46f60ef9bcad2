import { formatMessage, type Lang } from '@flowsmith/model';
import { compileMessages, type CompileCode, type CompileMessageParams } from './messages';

/** One reason a process cannot be compiled: a code, the steps or flows it names, a sentence. */
export interface CompileProblem {
  code: CompileCode;
  /** Step and flow ids the problem concerns, most important first. */
  ids: string[];
  message: string;
}

/**
 * Thrown by the compiler when a process cannot become a state machine (SPEC.md CM-ERR): it
 * lists every problem found, each naming its steps. `messageIn(lang)` renders it in `lang`.
 */
export class CompileError extends Error {
  readonly problems: CompileProblem[];
  private readonly raw: ReadonlyArray<RawProblem>;

  constructor(raw: ReadonlyArray<RawProblem>, lang: Lang = 'en') {
    const problems = raw.map((r) => render(r, lang));
    super(problems.map((p) => p.message).join('\n'));
    this.name = 'CompileError';
    this.problems = problems;
    this.raw = raw;
  }

  /** The problems rendered in `lang`. Pure. */
  problemsIn(lang: Lang): CompileProblem[] {
    return this.raw.map((r) => render(r, lang));
  }

  /** The message rendered in `lang`, one problem per line. Pure. */
  messageIn(lang: Lang): string {
    return this.problemsIn(lang)
      .map((p) => p.message)
      .join('\n');
  }
}

/** A problem before it is rendered: code, ids and message parameters travel together. */
export type RawProblem = {
  [C in CompileCode]: { code: C; ids: string[]; params: CompileMessageParams[C] };
}[CompileCode];

function render(r: RawProblem, lang: Lang): CompileProblem {
  // Code and parameters are correlated by the union; TypeScript cannot see that here.
  const message = formatMessage(compileMessages, r.code, r.params as never, lang);
  return { code: r.code, ids: [...r.ids], message };
}
