import type { Lang } from '../messages/lang';
import type { ProcessDocument } from '../types/process';

/** One thing wrong with a document: where (`steps[3].role`, `''` = the root), a code and a sentence. */
export interface Problem {
  path: string;
  code: string;
  message: string;
}

/** The outcome of parsing: a clean document, or every problem found. */
export type ParseResult =
  { ok: true; document: ProcessDocument; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** Options of `parseProcess` and `parseProcessJson`. */
export interface ParseOptions {
  /** Language of the messages; default `en`. */
  lang?: Lang;
  /**
   * Says whether a process id exists, to check subprocess steps' `process`. Without it, other
   * documents are not looked up (only a subprocess naming the document itself is an error).
   */
  resolveProcess?: (id: string) => boolean;
}
