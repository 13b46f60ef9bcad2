import type { Calendar, Lang, ProcessDocument, Role, Step } from '@flowsmith/model';
import type { BpmnWarning } from '../../types';
import { JsonReader } from '../JsonReader';
import { SimulationWarnings } from '../SimulationWarnings';
import { freeId, usedIds } from '../ids';
import { placeRolesAndCalendars } from '../prosimos/placeRolesAndCalendars';
import { alwaysOpen, prosimosWorkingHours } from '../prosimos/prosimosCalendar';
import type { QbpInfo } from './QbpInfo';
import { fromQbp } from './qbpDistribution';

/**
 * Applies QBP simulation data to imported documents (the first is the main process): arrival,
 * timetables as calendars, resources as roles (a resource whose id is a role's — a lane's — sets
 * that role), task durations and roles, branch probabilities, currency and start. With
 * `expected` (what Flowsmith's export wrote for the documents the file's `flowsmith:` extension
 * gives back), only what differs from it is applied: the extension is exact, QBP wins where
 * another tool changed it. Warns, naming the id, about what has no place. Changes `docs`.
 */
export function applyQbp(
  docs: ProcessDocument[],
  file: QbpInfo,
  expected: QbpInfo | undefined,
  lang?: Lang,
): BpmnWarning[] {
  const notes = new SimulationWarnings('QBP', lang);
  const main = docs[0];
  if (!main) return [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const changed = <T>(key: (t: T) => string, mine: T[], theirs: T[] | undefined) =>
    mine.filter((m) => !theirs?.some((t) => key(t) === key(m) && same(t, m)));
  const used = new Set(docs.flatMap((d) => [...usedIds(d)]));
  const steps = new Map<string, Step>(docs.flatMap((d) => d.steps.map((s) => [s.id, s] as const)));
  const flows = new Map(docs.flatMap((d) => d.flows.map((f) => [f.id, f] as const)));

  if (!expected && file.processInstances !== undefined)
    notes.warn('simulation-left-out', {
      id: 'processSimulationInfo',
      what: `processInstances ${file.processInstances} (a scenario's "cases")`,
    });
  if (file.currency && file.currency !== expected?.currency) main.currency = file.currency;
  if (file.startDateTime && file.startDateTime !== expected?.startDateTime) {
    const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2})?/.exec(file.startDateTime);
    if (m)
      main.simulation = {
        ...main.simulation,
        start: m[2] && m[2] !== ':00' ? `${m[1]}${m[2]}` : m[1]!,
      };
  }
  const given = (q: { mean: number; arg1: number; arg2: number }) =>
    [q.mean, q.arg1, q.arg2].some(Number.isFinite);
  if (file.arrival && given(file.arrival) && !same(file.arrival, expected?.arrival)) {
    const start = main.steps.find((s) => s.type === 'start');
    const interarrival = fromQbp(file.arrival);
    if (!interarrival)
      notes.warn('simulation-left-out', {
        id: start?.id ?? 'arrivalRateDistribution',
        what: `arrival distribution ${file.arrival.type}`,
      });
    else if (start?.type === 'start') {
      const { calendar, rule } = start.arrival ?? {};
      start.arrival = {
        interarrival,
        ...(calendar ? { calendar } : {}),
        ...(rule ? { rule } : {}),
      };
    }
  }

  // Timetables → calendars (a timetable open all week needs none).
  const calendarOf = new Map<string, string | undefined>();
  const newCalendars: Calendar[] = [];
  const known = new Map((main.calendars ?? []).map((c) => [c.id, c] as const));
  for (const t of file.timetables) calendarOf.set(t.id, known.has(t.id) ? t.id : undefined);
  for (const t of changed((t) => t.id, file.timetables, expected?.timetables)) {
    const reader = new JsonReader(lang);
    const week = prosimosWorkingHours(
      t.rules.map((r) => ({
        from: r.fromWeekDay,
        to: r.toWeekDay,
        beginTime: clock(r.fromTime),
        endTime: clock(r.toTime),
      })),
      t.id,
      reader,
    );
    for (const p of reader.problems)
      notes.warn('simulation-left-out', { id: t.id, what: `timetable rule (${p.message})` });
    if (alwaysOpen(week)) {
      calendarOf.set(t.id, undefined);
      continue;
    }
    const existing = known.get(t.id);
    if (existing) existing.week = week;
    else {
      const calendar: Calendar = {
        id: freeId(t.id, used),
        ...(t.name ? { name: t.name } : {}),
        week,
      };
      newCalendars.push(calendar);
      calendarOf.set(t.id, calendar.id);
    }
  }

  // Resources → roles.
  const roles = new Map<string, Role>(docs.flatMap((d) => d.roles.map((r) => [r.id, r] as const)));
  const roleOf = new Map<string, string>();
  const newRoles: Role[] = [];
  for (const r of file.resources) if (roles.has(r.id)) roleOf.set(r.id, r.id);
  for (const r of changed((r) => r.id, file.resources, expected?.resources)) {
    let role = roles.get(r.id);
    if (!role) {
      role = { id: freeId(r.name || r.id, used), name: r.name };
      newRoles.push(role);
      roles.set(role.id, role);
    }
    roleOf.set(r.id, role.id);
    if (!role.members && Number.isFinite(r.totalAmount)) role.capacity = r.totalAmount;
    if (Number.isFinite(r.costPerHour) && (r.costPerHour !== 0 || role.costPerHour !== undefined))
      role.costPerHour = r.costPerHour;
    const calendar = r.timetableId === undefined ? undefined : calendarOf.get(r.timetableId);
    if (calendar) role.calendar = calendar;
    else delete role.calendar;
  }

  for (const e of changed((e) => e.elementId, file.elements, expected?.elements)) {
    const step = steps.get(e.elementId);
    if (step?.type !== 'task') {
      notes.warn('simulation-unknown-element', { id: e.elementId, what: 'qbp:element elementId' });
      continue;
    }
    if (e.duration && given(e.duration)) {
      const d = fromQbp(e.duration);
      if (d) step.duration = d;
      else
        notes.warn('simulation-left-out', {
          id: e.elementId,
          what: `duration distribution ${e.duration.type}`,
        });
    }
    const role = e.resourceIds[0] === undefined ? undefined : roleOf.get(e.resourceIds[0]);
    if (role) step.role = role;
    if (e.resourceIds.length > 1)
      notes.warn('simulation-approximated', {
        id: e.elementId,
        what: `resources ${e.resourceIds.join(', ')}`,
        as: `the first (${role ?? '?'})`,
      });
    if (e.fixedCost !== undefined)
      notes.warn('simulation-left-out', { id: e.elementId, what: `fixedCost ${e.fixedCost}` });
  }
  for (const f of changed((f) => f.elementId, file.flows, expected?.flows)) {
    const flow = flows.get(f.elementId);
    if (flow && Number.isFinite(f.probability)) flow.probability = f.probability;
    else
      notes.warn('simulation-unknown-element', {
        id: f.elementId,
        what: 'qbp:sequenceFlow elementId',
      });
  }
  placeRolesAndCalendars(docs, newRoles, newCalendars);
  return notes.list;
}

/** A QBP time (`09:00:00.000+00:00`) without its zone; the local time is kept. */
function clock(t: string): string {
  return t.replace(/(Z|[+-]\d{2}:?\d{2})$/, '');
}
