import { parseCondition } from '../condition/parseCondition';
import type { Lang } from '../messages/lang';

/**
 * The syntax check of a flow condition: `undefined` when the condition language reads it, else
 * the 1-based column and the condition parser's sentence in `lang`. Pure.
 */
export function checkCondition(
  source: string,
  lang: Lang,
): { column: number; message: string } | undefined {
  const result = parseCondition(source, { lang });
  return result.ok ? undefined : { column: result.error.column, message: result.error.message };
}
