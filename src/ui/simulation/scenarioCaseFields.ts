/**
 * The scenario form's case fields — start date-time, case attributes, priority rules — and its
 * per-role queue discipline and arrival rule overrides: what was typed, and the scenario fields
 * they become (docs/simulation.md "Scenario"). Pure.
 */
import {
  parseCondition,
  QUEUE_DISCIPLINES,
  type ArrivalRule,
  type CaseValue,
  type Lang,
  type PriorityRule,
  type ProcessDocument,
  type QueueDiscipline,
  type SimulationSettings,
} from '@flowsmith/model';
import { readNumber } from '../inspector/fields/NumberField';
import { readCaseValue, type CaseDataMode } from '../inspector/caseDataText';

/** One case attribute as typed: its name, how it is given and the value text. */
export interface AttributeRow {
  name: string;
  mode: Exclude<CaseDataMode, 'add'>;
  text: string;
}

/** One priority rule as typed: a condition over case data and the priority it gives. */
export interface PriorityRow {
  condition: string;
  priority: string;
}

/** The case fields of the form; blank means "the process's own settings". */
export interface CaseForm {
  /** `YYYY-MM-DDTHH:MM[:SS]`, local time; blank: the process's, or 2024-01-01T00:00. */
  start: string;
  attributes: AttributeRow[];
  /** Replace the process's priority rules as a whole when any row has a condition. */
  priorities: PriorityRow[];
  /** Queue discipline per role id; blank keeps the role's own. */
  queue: Record<string, QueueDiscipline | ''>;
  /** Arrival rule of every arrival stream; blank keeps each start's own. */
  arrivalRule: ArrivalRule | '';
}

/** The case fields of a fresh form: everything as the process says. Pure. */
export function defaultCaseForm(): CaseForm {
  return { start: '', attributes: [], priorities: [], queue: {}, arrivalRule: '' };
}

/** Words the case fields say of what was typed. */
export interface CaseMessages {
  notNumber: string;
  badStart: string;
  badValue: string;
  nameMissing: string;
  nameTwice: string;
}

const START = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;

/**
 * The scenario fields of the case form — `start`, `attributes`, `priorities` and the overrides
 * `queue` and `arrivalRule` — each left out when blank or the same as the process's; problems go
 * into `errors` under the form's field names (`start`, `attributes.0`, `priorities.1.condition`,
 * `queue.clerk`). Pure.
 */
export function readCaseForm(
  form: CaseForm,
  doc: ProcessDocument,
  lang: Lang,
  words: CaseMessages,
  errors: Record<string, string>,
): {
  start?: string;
  attributes?: Record<string, CaseValue>;
  priorities?: PriorityRule[];
  queue?: Record<string, QueueDiscipline>;
  arrivalRule?: ArrivalRule;
} {
  const out: ReturnType<typeof readCaseForm> = {};
  const start = form.start.trim();
  if (start) {
    if (START.test(start)) out.start = start;
    else errors.start = words.badStart;
  }
  const attributes: Record<string, CaseValue> = {};
  form.attributes.forEach((row, i) => {
    const name = row.name.trim();
    if (!name && !row.text.trim()) return;
    if (!name) errors[`attributes.${i}`] = words.nameMissing;
    else if (Object.prototype.hasOwnProperty.call(attributes, name))
      errors[`attributes.${i}`] = words.nameTwice;
    else {
      const value = readCaseValue(row.mode, row.text);
      if (value === null || (row.mode === 'value' && row.text.trim() === ''))
        errors[`attributes.${i}`] = words.badValue;
      else
        Object.defineProperty(attributes, name, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
  });
  if (Object.keys(attributes).length) out.attributes = attributes;
  const priorities: PriorityRule[] = [];
  form.priorities.forEach((row, i) => {
    const condition = row.condition.trim();
    if (!condition && !row.priority.trim()) return;
    const parsed = parseCondition(condition, { lang });
    if (!condition) errors[`priorities.${i}.condition`] = words.badValue;
    else if (!parsed.ok) errors[`priorities.${i}.condition`] = parsed.error.message;
    const priority = readNumber(row.priority);
    if (priority === null || priority === undefined)
      errors[`priorities.${i}.priority`] = words.notNumber;
    else if (condition && parsed.ok) priorities.push({ condition, priority });
  });
  if (priorities.length) out.priorities = priorities;
  const queue: Record<string, QueueDiscipline> = {};
  for (const role of doc.roles) {
    const q = form.queue[role.id];
    if (!q || q === (role.queue ?? 'fifo')) continue;
    if (QUEUE_DISCIPLINES.includes(q)) queue[role.id] = q;
  }
  if (Object.keys(queue).length) out.queue = queue;
  if (form.arrivalRule) out.arrivalRule = form.arrivalRule;
  return out;
}

/**
 * The process's simulation settings with what the form gives written into them: the start and
 * the priority rules replaced when given, attributes merged per name (the form's win). Pure.
 */
export function keptSettings(
  doc: ProcessDocument,
  read: ReturnType<typeof readCaseForm>,
): SimulationSettings {
  const own = doc.simulation ?? {};
  const attributes = { ...own.attributes, ...read.attributes };
  return {
    ...own,
    ...(read.start ? { start: read.start } : {}),
    ...(Object.keys(attributes).length ? { attributes } : {}),
    ...(read.priorities ? { priorities: read.priorities } : {}),
  };
}
