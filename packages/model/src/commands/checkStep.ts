import type { Lang } from '../messages/lang';
import { refusal, type Refusal } from '../messages/commandMessages';
import { ARRIVAL_PERIODS, STEP_TYPES, type Arrival, type Step, type StepType } from '../types/step';
import type { ProcessDocument } from '../types/process';
import { isName, recordsOf } from './documentIds';
import { parseDistribution } from '../parse/parseDistribution';
import { ProblemCollector } from '../parse/ProblemCollector';
import { checkSimulationStep, stepHasSimulationFields } from './checkSimulationRecord';

const BASE_FIELDS = ['id', 'type', 'name', 'position', 'description'];
/** The fields each step type may carry (FORMAT.md "Step" and types/step.ts). */
export const STEP_FIELDS: Record<StepType, ReadonlySet<string>> = {
  start: new Set([...BASE_FIELDS, 'arrival']),
  end: new Set([...BASE_FIELDS, 'terminate']),
  task: new Set([
    ...BASE_FIELDS,
    ...['kind', 'role', 'raci', 'duration', 'value', 'inputs', 'outputs', 'system'],
    ...['instructions', 'cautions', 'sla', 'control', 'batch', 'sets'],
  ]),
  xor: new Set(BASE_FIELDS),
  or: new Set(BASE_FIELDS),
  and: new Set(BASE_FIELDS),
  timer: new Set([...BASE_FIELDS, 'duration']),
  subprocess: new Set([...BASE_FIELDS, 'process']),
};

/** Ids a step may refer to that are not in the document yet (added by the same command). */
export interface PendingIds {
  roles?: ReadonlySet<string>;
}

const isFiniteNumber = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/**
 * The refusal for `step` as it would be stored in `doc`: a known type, only its type's
 * fields, a name, a finite position and references to existing roles, data and calendars.
 * Null when it is fine. Pure. Its distributions (duration, inter-arrival) are read as the parser
 * reads them (parameters, shift, bounds); a step with simulation fields (batch, sets, terminate,
 * arrival rule or profile, an `or`) is checked whole by the parser (`checkSimulationStep`).
 */
export function checkStep(
  doc: ProcessDocument,
  step: Step,
  lang?: Lang,
  pending: PendingIds = {},
): Refusal | null {
  const id = step.id;
  if (!STEP_TYPES.includes(step.type)) return refusal('value.invalid', { id, field: 'type' }, lang);
  const allowed = STEP_FIELDS[step.type];
  for (const field of Object.keys(step)) {
    if (!allowed.has(field))
      return refusal('field.notAllowed', { id, field, type: step.type }, lang);
  }
  if (!isName(step.name)) return refusal('name.empty', { id }, lang);
  if (step.position && !(isFiniteNumber(step.position.x) && isFiniteNumber(step.position.y))) {
    return refusal('value.invalid', { id, field: 'position' }, lang);
  }
  const roleIds = new Set(recordsOf(doc, 'roles').map((r) => r.id));
  const hasRole = (r: string) => roleIds.has(r) || (pending.roles?.has(r) ?? false);
  if (step.type === 'task') {
    const raci = step.raci;
    const roles = [
      step.role,
      raci?.accountable,
      ...(raci?.consulted ?? []),
      ...(raci?.informed ?? []),
    ];
    for (const r of roles)
      if (r !== undefined && !hasRole(r)) return refusal('role.unknown', { id: r }, lang);
    const dataIds = new Set(recordsOf(doc, 'data').map((d) => d.id));
    for (const d of [...(step.inputs ?? []), ...(step.outputs ?? [])]) {
      if (!dataIds.has(d)) return refusal('data.unknown', { id: d }, lang);
    }
  }
  if (step.type === 'start' && step.arrival && !arrivalShapeOk(step.arrival)) {
    return refusal('value.invalid', { id, field: 'arrival' }, lang);
  }
  if (step.type === 'start' && step.arrival?.calendar !== undefined) {
    const cal = step.arrival.calendar;
    if (!recordsOf(doc, 'calendars').some((c) => c.id === cal)) {
      return refusal('calendar.unknown', { id: cal }, lang);
    }
  }
  if (step.type === 'subprocess' && !isName(step.process)) {
    return refusal('value.invalid', { id, field: 'process' }, lang);
  }
  const distribution = checkStepDistributions(step, lang);
  if (distribution) return distribution;
  if (stepHasSimulationFields(step)) return checkSimulationStep(doc, step, lang, pending.roles);
  return null;
}

/** The first problem the parser finds in the step's duration or inter-arrival distribution. */
function checkStepDistributions(step: Step, lang: Lang | undefined): Refusal | null {
  const at: [string, unknown][] = [];
  if (step.type === 'task' || step.type === 'timer') at.push(['duration', step.duration]);
  if (step.type === 'start' && step.arrival && 'interarrival' in step.arrival) {
    at.push(['arrival.interarrival', step.arrival.interarrival]);
  }
  for (const [path, value] of at) {
    if (value === undefined) continue;
    const c = new ProblemCollector(lang ?? 'en');
    parseDistribution(c, value, path);
    const p = c.problems[0];
    if (p) return refusal('value.problem', { id: step.id, path: p.path, detail: p.message }, lang);
  }
  return null;
}

/** An arrival has exactly one of `rate` (count > 0, per hour/day/week) and `interarrival`. */
function arrivalShapeOk(arrival: Arrival): boolean {
  const a = arrival as Partial<Record<'rate' | 'interarrival', unknown>>;
  if ((a.rate === undefined) === (a.interarrival === undefined)) return false;
  if (!('rate' in arrival)) return true;
  const { count, per } = arrival.rate;
  return isFiniteNumber(count) && count > 0 && ARRIVAL_PERIODS.includes(per);
}
