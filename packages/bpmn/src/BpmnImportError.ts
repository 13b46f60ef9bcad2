import { formatMessage, type Lang } from '@flowsmith/model';
import { importErrorMessages, type ImportErrorCode, type ImportErrorParams } from './messages';
import type { BpmnWarning } from './types';

/** A file that cannot be imported as BPMN: a code, and a message that says why and what to do. */
export class BpmnImportError extends Error {
  readonly code: ImportErrorCode;
  /** What the XML reader reported before giving up (unknown elements, unresolved references…). */
  readonly warnings: BpmnWarning[];

  constructor(code: ImportErrorCode, message: string, warnings: BpmnWarning[] = []) {
    super(message);
    this.name = 'BpmnImportError';
    this.code = code;
    this.warnings = warnings;
  }

  /** The error for `code`, its message rendered in `lang`. */
  static of<C extends ImportErrorCode>(
    code: C,
    params: ImportErrorParams[C],
    lang?: Lang,
    warnings: BpmnWarning[] = [],
  ): BpmnImportError {
    return new BpmnImportError(
      code,
      formatMessage(importErrorMessages, code, params, lang),
      warnings,
    );
  }
}
