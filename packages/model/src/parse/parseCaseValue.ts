import { parseCondition } from '../condition/parseCondition';
import type { CaseDataChange, CaseValue } from '../types/step';
import { childPath } from './jsonPath';
import { ObjectReader, isRecord, kindOf } from './ObjectReader';
import { parseDistribution } from './parseDistribution';
import type { ProblemCollector } from './ProblemCollector';

/**
 * Keys refused in maps whose keys are user-chosen names (case data, choice values, task ids of a
 * member's durations): a later `data[name] = …` on a plain object must never reach a prototype.
 */
export const RESERVED_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** Whether `name` is a name the condition language reads (`amount`, `customer.tier`). Pure. */
export function isDataName(name: string): boolean {
  if (RESERVED_KEYS.includes(name)) return false;
  const result = parseCondition(name);
  return result.ok && result.ast.type === 'name' && result.ast.name === name;
}

/**
 * Reads a map of case data (`simulation.attributes`, a task's `sets`): each key a name the
 * condition language reads, each value read by `readValue`. `undefined` when anything is wrong
 * (reported). The result is built with own data properties only.
 */
export function parseDataMap<T>(
  c: ProblemCollector,
  value: unknown,
  path: string,
  readValue: (v: unknown, path: string) => T | undefined,
): Record<string, T> | undefined {
  const r = ObjectReader.open(c, value, path);
  if (!r || !isRecord(value)) return undefined;
  const before = c.problems.length;
  const entries: [string, T][] = [];
  for (const key of Object.keys(value)) {
    const at = r.at(key);
    if (RESERVED_KEYS.includes(key)) {
      c.report(at, 'key.reserved', { key });
      continue;
    }
    if (!isDataName(key)) {
      c.report(at, 'data.name', { name: key });
      continue;
    }
    const v = readValue(r.raw(key), at);
    if (v !== undefined) entries.push([key, v]);
  }
  return c.problems.length === before ? Object.fromEntries(entries) : undefined;
}

/**
 * Reads a {@link CaseValue}: a number, string or boolean; a distribution (an object with `dist`);
 * or `{ choice: { value: weight } }` with weights ≥ 0, one > 0.
 */
export function parseCaseValue(
  c: ProblemCollector,
  value: unknown,
  path: string,
): CaseValue | undefined {
  return readValue(c, value, path, false) as CaseValue | undefined;
}

/** Reads a {@link CaseDataChange}: a {@link CaseValue}, or `{ add: n }` with n finite. */
export function parseCaseDataChange(
  c: ProblemCollector,
  value: unknown,
  path: string,
): CaseDataChange | undefined {
  return readValue(c, value, path, true);
}

function readValue(
  c: ProblemCollector,
  value: unknown,
  path: string,
  allowAdd: boolean,
): CaseDataChange | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    return void c.report(path, 'number.notFinite', {});
  }
  if (!isRecord(value)) return void c.report(path, 'caseValue.shape', { add: allowAdd });
  if (Object.hasOwn(value, 'dist')) return parseDistribution(c, value, path);
  const r = ObjectReader.open(c, value, path)!;
  if (r.has('choice')) {
    r.rejectUnknown(['choice'], 'a choice');
    return readChoice(c, r.raw('choice'), r.at('choice'));
  }
  if (allowAdd && r.has('add')) {
    r.rejectUnknown(['add'], 'a data change');
    const add = r.number('add', true);
    return add === undefined ? undefined : { add };
  }
  return void c.report(path, 'caseValue.shape', { add: allowAdd });
}

function readChoice(c: ProblemCollector, value: unknown, path: string) {
  const r = ObjectReader.open(c, value, path);
  if (!r || !isRecord(value)) return undefined;
  const before = c.problems.length;
  const entries: [string, number][] = [];
  for (const key of Object.keys(value)) {
    const at = childPath(path, key);
    const w = value[key];
    if (RESERVED_KEYS.includes(key)) c.report(at, 'key.reserved', { key });
    else if (typeof w !== 'number') {
      c.report(at, 'field.type', { expected: 'number', actual: kindOf(w) });
    } else if (!Number.isFinite(w)) c.report(at, 'number.notFinite', {});
    else if (w < 0) c.report(at, 'number.nonNegative', { value: w });
    else entries.push([key, w]);
  }
  if (c.problems.length !== before) return undefined;
  if (!entries.some(([, w]) => w > 0)) return void c.report(path, 'choice.empty', {});
  return { choice: Object.fromEntries(entries) };
}
