import {
  ARRIVAL_RULES,
  MAX_ROLE_CAPACITY,
  QUEUE_DISCIPLINES,
  type ArrivalRule,
  type Lang,
  type ProcessDocument,
  type QueueDiscipline,
} from '@flowsmith/model';
import { startMoment } from '../calendar/startMoment';
import { message, type MessageCode, type SimulationProblem } from '../messages';
import { parseDuration } from './parseDuration';
import type { ResolvedScenario, Scenario } from './Scenario';
import { checkDecisionData, checkPriorityData } from './checkDecisionData';
import { readPriorities } from './readPriorities';
import { mergeSettings } from './resolveScenario';
import { validateAttribute } from './validateAttribute';

const KEYS = new Set([
  'cases',
  'horizon',
  'warmup',
  'replications',
  'seed',
  'overrides',
  'attributes',
  'calendarMode',
  'sla',
  'bins',
  'start',
  'priorities',
]);
const OVERRIDE_KEYS = new Set([
  'arrivalRate',
  'capacity',
  'duration',
  'probabilities',
  'queue',
  'arrivalRule',
]);

/**
 * The largest value of each whole-number input: every input has a range, so that nothing sized
 * by it (typed arrays of bins, cycle times, per-replication progress) can fail or wrap.
 */
export const SCENARIO_LIMITS = {
  cases: 10_000_000,
  warmup: 10_000_000,
  replications: 1_000,
  bins: 10_000,
  seed: 2 ** 31 - 1,
  capacity: MAX_ROLE_CAPACITY,
  arrivalRate: 1_000,
} as const;

/** The outcome of {@link validateScenario}: every problem at once, or the resolved scenario. */
export type ScenarioResult =
  { ok: true; scenario: ResolvedScenario } | { ok: false; problems: SimulationProblem[] };

/**
 * Checks a scenario (parsed JSON, possibly hostile) and fills in defaults. Pure.
 * With `document`, merges the document's `simulation` settings in ({@link resolveScenario}) and
 * checks that overridden roles, steps and flows exist in it, that no decision reads case data
 * the run leaves out, and that priority rules read only data the run gives (SPEC.md SIM-DATA).
 * Each problem has a JSON path (`overrides.capacity.clerk`) and a sentence in `lang`.
 */
export function validateScenario(
  input: unknown,
  options: { lang?: Lang; document?: ProcessDocument } = {},
): ScenarioResult {
  const lang = options.lang ?? 'en';
  const problems: SimulationProblem[] = [];
  const add = (path: string, code: MessageCode, params: object = {}): void => {
    problems.push({ path, code, message: message(code, params as never, lang) });
  };
  if (!isRecord(input))
    return {
      ok: false,
      problems: [
        { path: '', code: 'scenario.notObject', message: message('scenario.notObject', {}, lang) },
      ],
    };
  const s = input as Scenario & Record<string, unknown>;
  for (const key of Object.keys(s)) if (!KEYS.has(key)) add(key, 'scenario.unknownKey', { key });

  const int = (
    key: 'cases' | 'replications' | 'bins' | 'seed',
    min: number,
  ): number | undefined => {
    const v = s[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
      add(key, min > 0 ? 'scenario.positiveInteger' : 'scenario.nonNegativeInteger');
      return undefined;
    }
    if (v > SCENARIO_LIMITS[key]) {
      add(key, 'scenario.integerRange', { min, max: SCENARIO_LIMITS[key] });
      return undefined;
    }
    return v;
  };
  const dur = (key: 'horizon' | 'sla'): number | undefined => {
    const v = s[key];
    if (v === undefined) return undefined;
    const m = parseDuration(v);
    if (!(m > 0)) {
      add(key, 'scenario.duration', { value: String(v) });
      return undefined;
    }
    return m;
  };
  const cases = int('cases', 1);
  const replications = int('replications', 1);
  const bins = int('bins', 1);
  const seed = int('seed', 0);
  const horizon = dur('horizon');
  const sla = dur('sla');

  let warmupCases: number | undefined;
  let warmupTime = 0;
  if (s.warmup !== undefined) {
    if (typeof s.warmup === 'number') {
      if (Number.isInteger(s.warmup) && s.warmup >= 0 && s.warmup <= SCENARIO_LIMITS.warmup)
        warmupCases = s.warmup;
      else if (Number.isInteger(s.warmup) && s.warmup > 0)
        add('warmup', 'scenario.integerRange', { min: 0, max: SCENARIO_LIMITS.warmup });
      else add('warmup', 'scenario.nonNegativeInteger');
    } else {
      const m = parseDuration(s.warmup);
      if (m >= 0) warmupTime = m;
      else add('warmup', 'scenario.duration', { value: String(s.warmup) });
    }
  }
  if (horizon !== undefined && warmupTime >= horizon) add('warmup', 'scenario.warmupTooLong');
  if (s.calendarMode !== undefined && s.calendarMode !== 'pause' && s.calendarMode !== 'finish') {
    add('calendarMode', 'scenario.calendarMode');
  }
  if (s.start !== undefined && (typeof s.start !== 'string' || !startMoment(s.start)))
    add('start', 'scenario.start', { value: String(s.start) });
  const priorities =
    s.priorities === undefined ? undefined : readPriorities(s.priorities, lang, add);

  const overrides: ResolvedScenario['overrides'] = {
    arrivalRate: 1,
    capacity: {},
    duration: {},
    probabilities: {},
    queue: {},
  };
  if (s.overrides !== undefined) {
    if (!isRecord(s.overrides)) add('overrides', 'scenario.notObject');
    else {
      const o = s.overrides as Record<string, unknown>;
      for (const key of Object.keys(o))
        if (!OVERRIDE_KEYS.has(key)) add(`overrides.${key}`, 'scenario.unknownKey', { key });
      if (o.arrivalRate !== undefined) {
        if (isPositive(o.arrivalRate) && o.arrivalRate <= SCENARIO_LIMITS.arrivalRate)
          overrides.arrivalRate = o.arrivalRate;
        else if (isPositive(o.arrivalRate))
          add('overrides.arrivalRate', 'scenario.numberRange', {
            max: SCENARIO_LIMITS.arrivalRate,
          });
        else add('overrides.arrivalRate', 'scenario.positiveNumber');
      }
      readMap(
        o.capacity,
        'overrides.capacity',
        (v) =>
          Number.isInteger(v) && (v as number) >= 1 && (v as number) <= SCENARIO_LIMITS.capacity,
        'scenario.integerRange',
        overrides.capacity,
        add,
        { min: 1, max: SCENARIO_LIMITS.capacity },
      );
      readMap(
        o.duration,
        'overrides.duration',
        isPositiveOrZero,
        'scenario.positiveNumber',
        overrides.duration,
        add,
      );
      readMap(
        o.probabilities,
        'overrides.probabilities',
        (v) => typeof v === 'number' && v >= 0 && v <= 1,
        'scenario.probability',
        overrides.probabilities,
        add,
      );
      readMap(
        o.queue,
        'overrides.queue',
        (v) => QUEUE_DISCIPLINES.includes(v as QueueDiscipline),
        'scenario.queue',
        overrides.queue as Record<string, unknown> as Record<string, number>,
        add,
      );
      if (o.arrivalRule !== undefined) {
        if (ARRIVAL_RULES.includes(o.arrivalRule as ArrivalRule))
          overrides.arrivalRule = o.arrivalRule as ArrivalRule;
        else add('overrides.arrivalRule', 'scenario.arrivalRule');
      }
      if (options.document) checkReferences(options.document, overrides, add);
    }
  }

  const attributes: ResolvedScenario['attributes'] = Object.create(
    null,
  ) as ResolvedScenario['attributes'];
  if (s.attributes !== undefined) {
    if (!isRecord(s.attributes)) add('attributes', 'scenario.notObject');
    else
      for (const [name, spec] of Object.entries(s.attributes)) {
        const code = validateAttribute(spec);
        if (code) add(`attributes.${name}`, code);
        else attributes[name] = spec as ResolvedScenario['attributes'][string];
      }
  }
  const own: ResolvedScenario['own'] = { attributes };
  if (priorities) own.priorities = priorities;
  if (typeof s.start === 'string') own.start = s.start;
  const doc = options.document;
  const merged = mergeSettings(own, doc);
  // SIM-DATA: no decision may be left to evaluate its conditions on data the run lacks.
  if (doc) {
    for (const d of checkDecisionData(doc, merged.attributes))
      add('attributes', 'scenario.decisionData', {
        decision: d.name,
        id: d.stepId,
        names: d.missing.map((n) => `"${n}"`).join(', '),
      });
    const rulesPath = own.priorities ? 'priorities' : 'simulation.priorities';
    for (const p of checkPriorityData(doc, merged.attributes, merged.priorities))
      add(`${rulesPath}[${p.index}].condition`, 'scenario.priorityData', {
        names: p.missing.map((n) => `"${n}"`).join(', '),
      });
  }
  if (problems.length) return { ok: false, problems };

  const measured = cases ?? (horizon !== undefined ? Number.MAX_SAFE_INTEGER : 10_000);
  return {
    ok: true,
    scenario: {
      cases: measured,
      horizon: horizon ?? Infinity,
      warmupCases:
        warmupCases ?? (warmupTime > 0 || horizon !== undefined ? 0 : Math.floor(measured / 10)),
      warmupTime,
      replications: replications ?? 10,
      seed: seed ?? 1,
      overrides,
      ...merged,
      own,
      calendarMode: s.calendarMode ?? 'pause',
      sla: sla ?? Infinity,
      bins: bins ?? 100,
    },
  };
}

function checkReferences(
  doc: ProcessDocument,
  o: ResolvedScenario['overrides'],
  add: (path: string, code: MessageCode, params?: object) => void,
): void {
  const roles = new Set(doc.roles.map((r) => r.id));
  const timed = new Set(
    doc.steps.filter((st) => st.type === 'task' || st.type === 'timer').map((st) => st.id),
  );
  const xors = new Set(
    doc.steps.filter((st) => st.type === 'xor' || st.type === 'or').map((st) => st.id),
  );
  const xorFlows = new Set(doc.flows.filter((f) => xors.has(f.from)).map((f) => f.id));
  for (const id of Object.keys(o.capacity))
    if (!roles.has(id)) add(`overrides.capacity.${id}`, 'scenario.unknownRole', { id });
  for (const id of Object.keys(o.duration))
    if (!timed.has(id)) add(`overrides.duration.${id}`, 'scenario.unknownStep', { id });
  for (const id of Object.keys(o.probabilities))
    if (!xorFlows.has(id)) add(`overrides.probabilities.${id}`, 'scenario.unknownFlow', { id });
  for (const id of Object.keys(o.queue))
    if (!roles.has(id)) add(`overrides.queue.${id}`, 'scenario.unknownRole', { id });
}

function readMap(
  value: unknown,
  path: string,
  valid: (v: unknown) => boolean,
  code: MessageCode,
  into: Record<string, number>,
  add: (path: string, code: MessageCode, params?: object) => void,
  params: object = {},
): void {
  if (value === undefined) return;
  if (!isRecord(value)) {
    add(path, 'scenario.notObject');
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    if (valid(v))
      Object.defineProperty(into, key, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else add(`${path}.${key}`, code, params);
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isPositive(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0;
}
function isPositiveOrZero(v: unknown): boolean {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}
