import type { Lang } from '@flowsmith/model';
import { miningMessage, type MiningCode, type MiningMessageParams } from './miningMessages';

/** A problem that stops a log from being read at all (a column mapping that does not fit). */
export class MiningError extends Error {
  readonly code: MiningCode;
  constructor(code: MiningCode, message: string) {
    super(message);
    this.name = 'MiningError';
    this.code = code;
  }

  /** The error for `code` with its message in `lang`. */
  static of<C extends MiningCode>(code: C, params: MiningMessageParams[C], lang: Lang = 'en') {
    return new MiningError(code, miningMessage(code, params, lang));
  }
}
