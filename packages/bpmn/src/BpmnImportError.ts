import { formatMessage, type Lang } from '@flowsmith/model';
import { importErrorMessages, type ImportErrorCode, type ImportErrorParams } from './messages';

/** A file that cannot be imported as BPMN: a code, and a message that says why and what to do. */
export class BpmnImportError extends Error {
  readonly code: ImportErrorCode;

  constructor(code: ImportErrorCode, message: string) {
    super(message);
    this.name = 'BpmnImportError';
    this.code = code;
  }

  /** The error for `code`, its message rendered in `lang`. */
  static of<C extends ImportErrorCode>(code: C, params: ImportErrorParams[C], lang?: Lang): BpmnImportError {
    return new BpmnImportError(code, formatMessage(importErrorMessages, code, params, lang));
  }
}
