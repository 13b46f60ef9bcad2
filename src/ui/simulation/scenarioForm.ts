/**
 * The scenario form of the simulation panel: what the person typed (text, so a half-typed value
 * is kept and explained rather than dropped) and its translation into a simulation `Scenario`.
 */
import type { Lang, ProcessDocument, Role } from '@flowsmith/model';
import { validateScenario, type Scenario } from '@flowsmith/simulation';
import { readNumber } from '../inspector/fields/NumberField';
import {
  defaultCaseForm,
  readCaseForm,
  type CaseForm,
  type CaseMessages,
} from './scenarioCaseFields';

/**
 * The form's fields, as typed. Blank optional fields mean "the engine's default" or "no change";
 * the case fields (start, attributes, priorities, queue and arrival-rule overrides) are
 * {@link CaseForm}'s.
 */
export interface ScenarioForm extends CaseForm {
  /** Stop after a number of cases, or after a span of simulated time. */
  mode: 'cases' | 'horizon';
  cases: string;
  /** A duration: minutes (`600`) or `30d`, `12h`, `90min`. */
  horizon: string;
  replications: string;
  /** A number of cases, or a duration such as `2d`. */
  warmup: string;
  seed: string;
  /** Multiplies every arrival rate; `1` leaves it as drawn. */
  arrivalRate: string;
  /** Cycle-time limit for the SLA breach rate (a duration); blank for none. */
  sla: string;
  /** People per role id; blank keeps the document's capacity. */
  capacity: Record<string, string>;
  /** Duration factor per task or timer id; blank keeps it. */
  duration: Record<string, string>;
}

/** Field name → message, for inline errors (`capacity.clerk`, `duration.approve`, `cases`, …). */
export type FormErrors = Record<string, string>;

/** The outcome of {@link formToScenario}: a scenario to run, or the errors to show beside the fields. */
export type FormResult = { ok: true; scenario: Scenario } | { ok: false; errors: FormErrors };

/** A small, quick scenario to start from: 1,000 cases, 5 replications, seed 1. Pure. */
export function defaultForm(): ScenarioForm {
  return {
    mode: 'cases',
    cases: '1000',
    horizon: '30d',
    replications: '5',
    warmup: '',
    seed: '1',
    arrivalRate: '1',
    sla: '',
    capacity: {},
    duration: {},
    ...defaultCaseForm(),
  };
}

/** Words the form itself says (the engine's own checks come in the engine's words). */
export type FormMessages = CaseMessages;

/** The form's words in the current language, from the `simulation.` strings. */
export function formMessages(t: (key: string) => string): FormMessages {
  return {
    notNumber: t('simulation.notNumber'),
    badStart: t('simulation.case.badStart'),
    badValue: t('simulation.case.badValue'),
    nameMissing: t('simulation.case.nameMissing'),
    nameTwice: t('simulation.case.nameTwice'),
  };
}

/**
 * Translates the form into a scenario and checks it with the engine's `validateScenario` against
 * `doc`, so the person sees the same rules the engine applies, next to the field at fault. Pure.
 */
export function formToScenario(
  form: ScenarioForm,
  doc: ProcessDocument,
  lang: Lang,
  words: FormMessages,
): FormResult {
  const errors: FormErrors = Object.create(null) as FormErrors;
  const scenario: Record<string, unknown> = {};
  const num = (field: string, text: string): number | undefined => {
    const n = readNumber(text);
    if (n === null) errors[field] = words.notNumber;
    return n ?? undefined;
  };
  // Durations may be words ("30d"); numbers typed with a comma or full-width digits become numbers.
  const dur = (text: string): number | string | undefined => {
    const t = text.trim();
    if (!t) return undefined;
    const n = readNumber(t);
    return typeof n === 'number' ? n : t;
  };
  if (form.mode === 'cases') scenario.cases = num('cases', form.cases);
  else scenario.horizon = dur(form.horizon) ?? '';
  scenario.replications = num('replications', form.replications);
  scenario.seed = num('seed', form.seed);
  scenario.warmup = dur(form.warmup);
  scenario.sla = dur(form.sla);
  const overrides: Record<string, unknown> = {};
  const rate = num('arrivalRate', form.arrivalRate);
  if (rate !== undefined && rate !== 1) overrides.arrivalRate = rate;
  overrides.capacity = readMap(
    form.capacity,
    'capacity',
    doc.roles.map((r) => [r.id, roleCapacity(r)]),
    errors,
    words,
  );
  overrides.duration = readMap(
    form.duration,
    'duration',
    doc.steps.map((s) => [s.id, 1]),
    errors,
    words,
  );
  const cases = readCaseForm(form, doc, lang, words, errors);
  scenario.start = cases.start;
  scenario.attributes = cases.attributes;
  scenario.priorities = cases.priorities;
  overrides.queue = cases.queue;
  overrides.arrivalRule = cases.arrivalRule;
  scenario.overrides = prune(overrides);
  const clean = prune(scenario);
  const checked = validateScenario(clean, { document: doc, lang });
  if (!checked.ok) for (const p of checked.problems) errors[fieldOf(p.path)] ??= p.message;
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, scenario: clean as Scenario };
}

/**
 * The scenario as it applies to `doc`: capacity and duration overrides of roles and steps that
 * `doc` lacks are dropped, so one scenario can drive an as-is and its to-be. Pure.
 */
export function scenarioFor(scenario: Scenario, doc: ProcessDocument): Scenario {
  const o = scenario.overrides;
  if (!o) return scenario;
  const roles = new Set(doc.roles.map((r) => r.id));
  const timed = new Set(
    doc.steps.filter((s) => s.type === 'task' || s.type === 'timer').map((s) => s.id),
  );
  const keep = <V>(m: Record<string, V> | undefined, ids: Set<string>) =>
    m ? Object.fromEntries(Object.entries(m).filter(([id]) => ids.has(id))) : undefined;
  return {
    ...scenario,
    overrides: prune({
      ...o,
      capacity: keep(o.capacity, roles),
      duration: keep(o.duration, timed),
      queue: keep(o.queue, roles),
    }),
  };
}

/** The people a role works with: its members' number when it lists them, else its capacity. Pure. */
export function roleCapacity(role: Role): number {
  return role.members?.length || role.capacity || 1;
}

/** Reads per-id numbers, leaving out blanks and values equal to the document's own. */
function readMap(
  typed: Record<string, string>,
  prefix: string,
  known: Array<[string, number]>,
  errors: FormErrors,
  words: FormMessages,
): Record<string, number> | undefined {
  const out: Record<string, number> = {};
  for (const [id, same] of known) {
    if (!Object.prototype.hasOwnProperty.call(typed, id)) continue;
    const n = readNumber(typed[id]!);
    if (n === null) errors[`${prefix}.${id}`] = words.notNumber;
    else if (n !== undefined && n !== same)
      Object.defineProperty(out, id, {
        value: n,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return Object.keys(out).length ? out : undefined;
}

/** A copy without undefined values and empty objects. */
function prune<T extends Record<string, unknown>>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined) continue;
    if (typeof v === 'object' && v !== null && Object.keys(v).length === 0) continue;
    out[k] = v;
  }
  return out as T;
}

/**
 * The form field of an engine problem path: `overrides.capacity.clerk` → `capacity.clerk`,
 * `priorities[1].condition` → `priorities.1.condition`, `attributes.tier` → `attributes`.
 */
function fieldOf(path: string): string {
  const p = path.replace(/^overrides\./, '').replace(/\[(\d+)\]/g, '.$1');
  return (p.startsWith('attributes.') ? 'attributes' : p) || 'scenario';
}
