import {
  conditionMessages,
  type ConditionEvaluationCode,
  type ConditionMessageParams,
  type ConditionSyntaxCode,
} from '../messages/conditionMessages';
import { formatMessage, type Lang } from '../messages/lang';

/**
 * Thrown by {@link evaluateCondition} when a condition cannot be read (syntax codes, with a
 * `column`) or cannot be evaluated on the given data (`missing-name`, `type-mismatch`,
 * `not-ordered`, `not-boolean`, `unsupported-value`). `message` is English; `messageIn(lang)`
 * gives any supported language.
 */
export class ConditionError extends Error {
  override readonly name = 'ConditionError';
  /** 1-based column for syntax errors; `undefined` for evaluation errors. */
  readonly column: number | undefined;

  constructor(
    readonly code: ConditionSyntaxCode | ConditionEvaluationCode,
    readonly params: ConditionMessageParams[ConditionSyntaxCode | ConditionEvaluationCode],
  ) {
    super(render(code, params, 'en'));
    this.column = 'column' in params ? params.column : undefined;
  }

  /** The message in `lang`. Pure. */
  messageIn(lang: Lang): string {
    return render(this.code, this.params, lang);
  }
}

function render(
  code: ConditionSyntaxCode | ConditionEvaluationCode,
  params: object,
  lang: Lang,
): string {
  // The constructor takes the code and its parameters together; TS cannot correlate them here.
  return formatMessage(conditionMessages, code, params as never, lang);
}
