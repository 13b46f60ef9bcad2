import { TASK_KINDS, VALUE_CLASSES, type Batch, type Raci, type TaskStep } from '../types/step';
import { TIME_UNITS, type Duration } from '../types/distribution';
import { ObjectReader } from './ObjectReader';
import { parseCaseDataChange, parseDataMap } from './parseCaseValue';
import { parseDistribution } from './parseDistribution';

/** The fields a task adds to a step, in canonical order. */
export const TASK_FIELDS = [
  'kind',
  'role',
  'raci',
  'duration',
  'value',
  'inputs',
  'outputs',
  'system',
  'instructions',
  'cautions',
  'sla',
  'control',
  'batch',
  'sets',
] as const;

type TaskFields = Omit<TaskStep, 'id' | 'type' | 'name' | 'description' | 'position'>;

/**
 * Reads the task fields of step reader `r`; `undefined` when one of them is wrong (reported).
 * A missing role is fine here: a task still being drawn has none yet (an analysis finding).
 */
export function parseTaskFields(r: ObjectReader): TaskFields | undefined {
  const before = r.c.problems.length;
  const fields: TaskFields = {};
  const kind = r.oneOf('kind', TASK_KINDS);
  if (kind !== undefined) fields.kind = kind;
  const role = r.reference('role', 'role');
  if (role !== undefined) fields.role = role;
  const raci = r.has('raci') ? parseRaci(r, r.raw('raci'), r.at('raci')) : undefined;
  if (raci !== undefined) fields.raci = raci;
  const duration = r.has('duration')
    ? parseDistribution(r.c, r.raw('duration'), r.at('duration'))
    : undefined;
  if (duration !== undefined) fields.duration = duration;
  const value = r.oneOf('value', VALUE_CLASSES);
  if (value !== undefined) fields.value = value;
  const inputs = r.references('inputs', 'data');
  if (inputs !== undefined) fields.inputs = inputs;
  const outputs = r.references('outputs', 'data');
  if (outputs !== undefined) fields.outputs = outputs;
  const system = r.string('system');
  if (system !== undefined) fields.system = system;
  const instructions = r.string('instructions');
  if (instructions !== undefined) fields.instructions = instructions;
  const cautions = r.stringList('cautions');
  if (cautions !== undefined) fields.cautions = cautions;
  const sla = r.has('sla') ? parseSla(r, r.raw('sla'), r.at('sla')) : undefined;
  if (sla !== undefined) fields.sla = sla;
  const control = r.boolean('control');
  if (control !== undefined) fields.control = control;
  const batch = r.has('batch') ? parseBatch(r, r.raw('batch'), r.at('batch')) : undefined;
  if (batch !== undefined) fields.batch = batch;
  const sets = r.has('sets')
    ? parseDataMap(r.c, r.raw('sets'), r.at('sets'), (v, p) => parseCaseDataChange(r.c, v, p))
    : undefined;
  if (sets !== undefined) fields.sets = sets;
  return r.c.problems.length === before ? fields : undefined;
}

function parseRaci(parent: ObjectReader, value: unknown, path: string): Raci | undefined {
  const r = ObjectReader.open(parent.c, value, path);
  if (!r) return undefined;
  r.rejectUnknown(['accountable', 'consulted', 'informed'], 'raci');
  const raci: Raci = {};
  const accountable = r.reference('accountable', 'role');
  if (accountable !== undefined) raci.accountable = accountable;
  const consulted = r.references('consulted', 'role');
  if (consulted !== undefined) raci.consulted = consulted;
  const informed = r.references('informed', 'role');
  if (informed !== undefined) raci.informed = informed;
  return raci;
}

/**
 * A batch: `size` a whole number ≥ 2, `window` a time limit, `schedule` a calendar id, `perCase`
 * ≥ 0; at least one of size, window and schedule (whether the schedule ever opens is checked with
 * the calendars, in `checkSimulationFields`).
 */
function parseBatch(parent: ObjectReader, value: unknown, path: string): Batch | undefined {
  const r = ObjectReader.open(parent.c, value, path);
  if (!r) return undefined;
  const before = r.c.problems.length;
  r.rejectUnknown(['size', 'window', 'schedule', 'perCase'], 'a batch');
  const size = r.number('size');
  if (size !== undefined && !(Number.isInteger(size) && size >= 2)) {
    r.c.report(r.at('size'), 'batch.size', { value: size });
  }
  const window = r.has('window')
    ? parseSla(r, r.raw('window'), r.at('window'), 'a batch window')
    : undefined;
  const schedule = r.reference('schedule', 'calendar');
  const perCase = r.constrained('perCase', 'nonNegative');
  if (r.c.problems.length !== before) return undefined;
  if (size === undefined && window === undefined && schedule === undefined) {
    return void r.c.report(path, 'batch.neverFires', {});
  }
  return {
    ...(size !== undefined && { size }),
    ...(window !== undefined && { window }),
    ...(schedule !== undefined && { schedule }),
    ...(perCase !== undefined && { perCase }),
  };
}

function parseSla(
  parent: ObjectReader,
  value: unknown,
  path: string,
  context = 'an sla',
): Duration | undefined {
  const r = ObjectReader.open(parent.c, value, path);
  if (!r) return undefined;
  r.rejectUnknown(['value', 'unit'], context);
  const v = r.constrained('value', 'positive', true);
  const unit = r.oneOf('unit', TIME_UNITS, true);
  return v === undefined || unit === undefined ? undefined : { value: v, unit };
}
