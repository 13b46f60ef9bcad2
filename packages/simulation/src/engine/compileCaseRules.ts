import {
  parseCondition,
  type Batch,
  type CaseDataChange,
  type Duration,
  type Lang,
  type PriorityRule,
} from '@flowsmith/model';
import type { WorkCalendar } from '../calendar/WorkCalendar';
import type { CompiledBatch, CompiledPriority, CompiledSet } from './CompiledModel';

const MINUTES = { s: 1 / 60, min: 1, h: 60, d: 1440 } as const;

/** A duration such as an SLA or a batch window in minutes. Pure. */
export function durationMinutes(d: Duration): number {
  return d.value * (MINUTES[d.unit] ?? 1);
}

/** A task's `sets` in key order (SPEC.md SIM-DATA-2). Pure. */
export function compileSets(sets: Record<string, CaseDataChange>): CompiledSet[] {
  return Object.keys(sets)
    .sort()
    .map((name): CompiledSet => {
      const v = sets[name]!;
      if (typeof v !== 'object') return { name, kind: 'value', value: v };
      if ('add' in v && typeof v.add === 'number') return { name, kind: 'add', add: v.add };
      return {
        name,
        kind: 'draw',
        spec: v as Exclude<CaseDataChange, { add: number } | number | string | boolean>,
      };
    });
}

/**
 * A task's batch rule in minutes (SPEC.md SIM-BATCH-1), or null when it can never fire (no
 * size, no window and no schedule that opens). Pure but for `calendar`, which reports unknown
 * or never-open calendars.
 */
export function compileBatch(
  batch: Batch,
  calendar: (id: string) => WorkCalendar | null,
): CompiledBatch | null {
  const size = batch.size !== undefined && batch.size >= 1 ? Math.floor(batch.size) : Infinity;
  const window = batch.window ? durationMinutes(batch.window) : Infinity;
  let schedule = batch.schedule !== undefined ? calendar(batch.schedule) : null;
  // A calendar never open, or always open, has no opening instant to fire at.
  if (schedule && (schedule.openPerWeek <= 0 || schedule.openPerWeek >= 7 * 1440)) schedule = null;
  if (size === Infinity && window === Infinity && !schedule) return null;
  return { size, window, schedule, perCase: Math.max(0, batch.perCase ?? 0) };
}

/** Priority rules with their conditions parsed; `fail` hears of each that does not parse. */
export function compilePriorities(
  rules: readonly PriorityRule[],
  lang: Lang,
  fail: (index: number, message: string) => void,
): CompiledPriority[] {
  const out: CompiledPriority[] = [];
  rules.forEach((rule, i) => {
    const r = parseCondition(rule.condition, { lang });
    if (r.ok)
      out.push({
        condition: r.ast,
        priority: rule.priority,
        names: [...new Set(r.names.map((n) => n.split('.')[0]!))],
      });
    else fail(i, r.error.message);
  });
  return out;
}
