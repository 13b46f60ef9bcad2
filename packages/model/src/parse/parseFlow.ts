import type { Lang } from '../messages/lang';
import type { Flow } from '../types/flow';
import { ObjectReader } from './ObjectReader';
import type { ProblemCollector } from './ProblemCollector';

/** The fields of a flow, in canonical order. */
/** The fields a flow may carry (FORMAT.md "Flow"). */
export const FLOW_FIELDS = ['id', 'from', 'to', 'label', 'probability', 'condition', 'default'];

/** Checks a condition's syntax: `undefined` when fine, else the column (1-based) and why. */
export type ConditionCheck = (
  source: string,
  lang: Lang,
) => { column: number; message: string } | undefined;

/**
 * Reads a flow: `from` and `to` are required step ids (a flow with a loose end is an error, unlike
 * a step not yet connected), `probability` in 0..1, `condition` checked by `checkCondition`.
 */
export function parseFlow(
  c: ProblemCollector,
  value: unknown,
  path: string,
  checkCondition: ConditionCheck | undefined,
): Flow | undefined {
  const r = ObjectReader.open(c, value, path);
  if (!r) return undefined;
  const before = c.problems.length;
  r.rejectUnknown(FLOW_FIELDS, 'a flow');
  const id = r.declaredId('flow');
  const from = r.reference('from', 'step', true);
  const to = r.reference('to', 'step', true);
  const label = r.string('label');
  const probability = r.constrained('probability', 'probability');
  const condition = r.string('condition');
  if (condition !== undefined && checkCondition) {
    const error = checkCondition(condition, c.lang);
    if (error)
      c.report(r.at('condition'), 'condition.syntax', {
        column: error.column,
        detail: error.message,
      });
  }
  const isDefault = r.boolean('default');
  if (c.problems.length !== before || id === undefined || from === undefined || to === undefined) {
    return undefined;
  }
  return {
    id,
    from,
    to,
    ...(label !== undefined && { label }),
    ...(probability !== undefined && { probability }),
    ...(condition !== undefined && { condition }),
    ...(isDefault !== undefined && { default: isDefault }),
  };
}
