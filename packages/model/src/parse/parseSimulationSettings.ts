import type { PriorityRule, SimulationSettings } from '../types/process';
import { childPath } from './jsonPath';
import { ObjectReader } from './ObjectReader';
import { parseCaseValue, parseDataMap } from './parseCaseValue';
import type { ConditionCheck } from './parseFlow';
import type { ProblemCollector } from './ProblemCollector';

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Whether `value` is a local date-time `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS` naming a real
 * moment (month 01–12, a day the month has, hours 00–23). Pure.
 */
export function isLocalDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x))) as number[];
  if (mo! < 1 || mo! > 12 || d! < 1 || h! > 23 || mi! > 59 || s! > 59) return false;
  const date = new Date(Date.UTC(y!, mo! - 1, d!));
  return date.getUTCMonth() === mo! - 1 && date.getUTCDate() === d;
}

/**
 * Reads the document's `simulation` settings (packages/model/README.md "simulation"): `start` a
 * local date-time, `attributes` case data names → {@link CaseValue}s, `priorities` a list of
 * `{ condition, priority }` with conditions the condition language reads and finite priorities.
 */
export function parseSimulationSettings(
  c: ProblemCollector,
  value: unknown,
  path: string,
  checkCondition: ConditionCheck,
): SimulationSettings | undefined {
  const r = ObjectReader.open(c, value, path);
  if (!r) return undefined;
  const before = c.problems.length;
  r.rejectUnknown(['start', 'attributes', 'priorities'], 'the simulation settings');
  const start = r.string('start');
  if (start !== undefined && !isLocalDateTime(start)) {
    c.report(r.at('start'), 'dateTime.syntax', { value: start });
  }
  const attributes = r.has('attributes')
    ? parseDataMap(c, r.raw('attributes'), r.at('attributes'), (v, p) => parseCaseValue(c, v, p))
    : undefined;
  const priorities = r
    .list('priorities')
    ?.map((item, i) => parsePriority(c, item, childPath(r.at('priorities'), i), checkCondition));
  if (c.problems.length !== before) return undefined;
  return {
    ...(start !== undefined && { start }),
    ...(attributes !== undefined && { attributes }),
    ...(priorities !== undefined && { priorities: priorities as PriorityRule[] }),
  };
}

function parsePriority(
  c: ProblemCollector,
  value: unknown,
  path: string,
  checkCondition: ConditionCheck,
): PriorityRule | undefined {
  const r = ObjectReader.open(c, value, path);
  if (!r) return undefined;
  r.rejectUnknown(['condition', 'priority'], 'a priority rule');
  const condition = r.string('condition', true);
  if (condition !== undefined) {
    const error = checkCondition(condition, c.lang);
    if (error) {
      c.report(r.at('condition'), 'condition.syntax', {
        column: error.column,
        detail: error.message,
      });
    }
  }
  const priority = r.number('priority', true);
  return condition === undefined || priority === undefined ? undefined : { condition, priority };
}
