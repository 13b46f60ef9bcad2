import { parseCondition, type Lang, type PriorityRule } from '@flowsmith/model';
import type { MessageCode } from '../messages';

/**
 * Reads a scenario's `priorities` (possibly hostile JSON): a list of `{ condition, priority }`
 * with a condition the condition language parses and a finite priority. Reports each problem at
 * its path (`priorities[1].condition`) through `add`; returns the rules when all are valid. Pure
 * apart from `add`.
 */
export function readPriorities(
  value: unknown,
  lang: Lang,
  add: (path: string, code: MessageCode, params?: object) => void,
): PriorityRule[] | undefined {
  if (!Array.isArray(value)) {
    add('priorities', 'scenario.priority');
    return undefined;
  }
  const rules: PriorityRule[] = [];
  let ok = true;
  value.forEach((rule: unknown, i) => {
    const at = `priorities[${i}]`;
    if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) {
      add(at, 'scenario.priority');
      ok = false;
      return;
    }
    const r = rule as Record<string, unknown>;
    for (const key of Object.keys(r))
      if (key !== 'condition' && key !== 'priority') {
        add(`${at}.${key}`, 'scenario.unknownKey', { key });
        ok = false;
      }
    if (typeof r.condition !== 'string') {
      add(`${at}.condition`, 'scenario.priority');
      ok = false;
    } else {
      const parsed = parseCondition(r.condition, { lang });
      if (!parsed.ok) {
        add(`${at}.condition`, 'scenario.priorityCondition', { message: parsed.error.message });
        ok = false;
      }
    }
    if (typeof r.priority !== 'number' || !Number.isFinite(r.priority)) {
      add(`${at}.priority`, 'scenario.priority');
      ok = false;
    }
    if (ok) rules.push({ condition: r.condition as string, priority: r.priority as number });
  });
  return ok ? rules : undefined;
}
