import type { Calendar, Flow, Lang, ProcessDocument, Problem, Step } from '@flowsmith/model';
import type { BpmnWarning } from '../../types';
import { JsonReader, join } from '../JsonReader';
import { SimulationWarnings } from '../SimulationWarnings';
import { freeId, usedIds } from '../ids';
import { applyBatches } from './applyBatches';
import { placeRolesAndCalendars } from './placeRolesAndCalendars';
import { alwaysOpen, prosimosWorkingHours } from './prosimosCalendar';
import { caseAttributes, priorityRules } from './prosimosCaseData';
import { prosimosDistribution } from './prosimosDistribution';
import { applyBranching, applyEvents } from './prosimosFlows';
import { prosimosResources } from './prosimosResources';

/** What applying Prosimos parameters gives: the documents with them, or every problem of the file. */
export type ProsimosResult =
  | { ok: true; documents: ProcessDocument[]; warnings: BpmnWarning[] }
  | { ok: false; problems: Problem[] };

const SECTIONS = new Set([
  'resource_profiles',
  'arrival_time_distribution',
  'arrival_time_calendar',
  'gateway_branching_probabilities',
  'task_resource_distribution',
  'resource_calendars',
  'event_distribution',
  'batch_processing',
  'case_attributes',
  'prioritisation_rules',
  'branch_rules',
]);

/**
 * Applies a Prosimos simulation parameters file (pix-framework 0.14 format: seconds,
 * `distribution_params` as `[{ value }]`) — JSON text or its parsed value — to the documents a
 * BPMN import gave (the first is the main process): roles with members, task durations, the
 * arrival stream and its calendar (`rule: 'wallClock'`, as Prosimos counts gaps), branch
 * probabilities and conditions, timer durations, batches, case attributes and priorities
 * (docs/bpmn.md "Simulation parameters"). Everything the file says that Flowsmith cannot express,
 * or that names an element the model does not have, is a warning naming that id. A file that is
 * not of this shape gives every problem with its JSON path. Pure: the documents are not changed.
 */
export function applyProsimos(
  documents: readonly ProcessDocument[],
  parameters: unknown,
  options: { lang?: Lang } = {},
): ProsimosResult {
  const reader = new JsonReader(options.lang);
  let json = parameters;
  if (typeof parameters === 'string') {
    try {
      json = JSON.parse(parameters) as unknown;
    } catch (error) {
      reader.fail('', 'not-json', {
        detail: error instanceof Error ? error.message : String(error),
      });
      return { ok: false, problems: reader.problems };
    }
  }
  const root = reader.object(json, '');
  if (!root) return { ok: false, problems: reader.problems };
  const docs = documents.map((d) => JSON.parse(JSON.stringify(d)) as ProcessDocument);
  const notes = new SimulationWarnings('Prosimos', options.lang);
  const used = new Set(docs.flatMap((d) => [...usedIds(d)]));
  const steps = new Map<string, { doc: ProcessDocument; step: Step }>();
  const flows = new Map<string, Flow>();
  for (const doc of docs) {
    for (const step of doc.steps) steps.set(step.id, { doc, step });
    for (const flow of doc.flows) flows.set(flow.id, flow);
  }
  for (const key of Object.keys(root))
    if (!SECTIONS.has(key))
      notes.warn('simulation-left-out', { id: key, what: `section "${key}"` });

  // Calendars.
  const calendars: Calendar[] = [];
  const calendarOf = new Map<string, string>();
  reader.array(root, 'resource_calendars', '', true).forEach((raw, i) => {
    const at = join('resource_calendars', i);
    const c = reader.object(raw, at);
    const id = c && reader.string(c, 'id', at);
    if (!c || id === undefined) return;
    const week = prosimosWorkingHours(
      reader.array(c, 'time_periods', at),
      join(at, 'time_periods'),
      reader,
    );
    const calendar: Calendar = { id: freeId(id, used), week };
    const name = typeof c.name === 'string' ? c.name : undefined;
    if (name !== undefined && name !== calendar.id) calendar.name = name;
    calendars.push(calendar);
    calendarOf.set(id, calendar.id);
  });

  // Roles and task durations.
  const { roles, tasks, unread } = prosimosResources(root, calendarOf, used, reader);
  for (const u of unread) notes.warn('simulation-left-out', u);
  for (const [taskId, t] of tasks) {
    const found = steps.get(taskId);
    if (found?.step.type !== 'task') {
      notes.warn('simulation-unknown-element', { id: taskId, what: `${t.path}.task_id` });
      continue;
    }
    found.step.role = t.role;
    found.step.duration = t.duration;
  }

  const main = docs[0];
  const simulation = main ? { ...(main.simulation ?? {}) } : {};
  // Arrivals.
  const arrival = root.arrival_time_distribution;
  if (arrival !== undefined && main) {
    const a = reader.object(arrival, 'arrival_time_distribution');
    const interarrival = a && prosimosDistribution(a, 'arrival_time_distribution', reader, 's');
    const week =
      root.arrival_time_calendar === undefined
        ? []
        : prosimosWorkingHours(
            reader.array(root, 'arrival_time_calendar', ''),
            'arrival_time_calendar',
            reader,
          );
    const starts = main.steps.filter((s) => s.type === 'start');
    if (interarrival && starts[0]?.type === 'start') {
      const start = starts[0];
      start.arrival = { interarrival };
      if (week.length > 0 && !alwaysOpen(week)) {
        const id = freeId('arrival', used);
        calendars.push({ id, name: 'arrival_time_calendar', week });
        start.arrival = { interarrival, calendar: id, rule: 'wallClock' };
      }
      for (const other of starts.slice(1))
        notes.warn('simulation-left-out', { id: other.id, what: 'a second arrival stream' });
    } else if (interarrival)
      notes.warn('simulation-unknown-element', {
        id: 'start event',
        what: 'arrival_time_distribution',
      });
  }

  applyBranching(root, reader, notes, steps, flows);
  applyEvents(root, reader, notes, steps);
  applyBatches(root, reader, notes, steps, calendars, used);
  const attributes = caseAttributes(root, reader, notes);
  if (attributes) simulation.attributes = { ...(simulation.attributes ?? {}), ...attributes };
  const priorities = priorityRules(root, reader, notes);
  if (priorities) simulation.priorities = priorities;

  if (reader.problems.length > 0) return { ok: false, problems: reader.problems };
  if (main && Object.keys(simulation).length > 0) main.simulation = simulation;
  placeRolesAndCalendars(docs, roles, calendars);
  return { ok: true, documents: docs, warnings: notes.list };
}
