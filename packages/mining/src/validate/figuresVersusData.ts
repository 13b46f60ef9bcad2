import { distributionMean, type Calendar, type ProcessDocument } from '@flowsmith/model';
import type { EventLog } from '../log/eventLog';
import type { TimeZone } from '../read/timeZone';
import { workingMinutes } from './workingTime';
import { branchTasks } from './branchTasks';
import { logKpis } from './logKpis';

/** A figure of a drawn map that the log disagrees with. */
export type FigureFinding =
  | {
      kind: 'duration';
      /** The task's id and name. */
      step: string;
      name: string;
      /** Mean minutes: as drawn, and in the log (touch time, or sojourn time without start times). */
      drawn: number;
      data: number;
      measure: 'touch' | 'sojourn';
    }
  | { kind: 'probability'; step: string; flow: string; name: string; drawn: number; data: number }
  | { kind: 'arrival'; step: string; name: string; drawn: number; data: number };

/** How far a figure may be from the data before it is a finding. */
export interface FigureTolerances {
  /** Relative difference of a task's mean duration (0.2 = 20 %). */
  duration: number;
  /** Absolute difference of a branch probability. */
  probability: number;
  /** Relative difference of the arrival rate. */
  arrival: number;
  /** Tasks and splits seen fewer times in the log are not judged. */
  minCount: number;
  /** The zone the log's wall-clock times were written in, for calendars (default UTC). */
  zone?: TimeZone;
}

/** Defaults: durations 20 %, branch probabilities 0.1, arrival rate 20 %, at least 5 observations. */
export const DEFAULT_FIGURE_TOLERANCES: FigureTolerances = {
  duration: 0.2,
  probability: 0.1,
  arrival: 0.2,
  minCount: 5,
};

/**
 * "The drawn map's figures vs the data": the tasks whose drawn mean duration differs from the
 * log's by more than `duration` (relative), the xor branches whose drawn probability differs from
 * the log's share by more than `probability` (only splits whose branches each begin with a task of
 * their own, see `branchTasks`), and the start step's arrival rate when it differs by more than
 * `arrival` (cases per hour over the span of case starts; per working hour of the arrival's
 * calendar when it has one). A task whose role has a calendar is measured in that calendar's
 * working minutes, read in `zone`. Tasks match activities by name. Pure.
 */
export function figuresVersusData(
  doc: ProcessDocument,
  log: EventLog,
  tolerances: Partial<FigureTolerances> = {},
): FigureFinding[] {
  const tol = { ...DEFAULT_FIGURE_TOLERANCES, ...tolerances };
  const calendars = new Map((doc.calendars ?? []).map((c) => [c.id, c]));
  const roleCalendar = new Map(
    doc.roles.map((r) => [r.id, r.calendar && calendars.get(r.calendar)]),
  );
  const taskCalendar = new Map<string, Calendar>();
  for (const s of doc.steps) {
    const cal = s.type === 'task' && s.role ? roleCalendar.get(s.role) : undefined;
    if (s.type === 'task' && cal) taskCalendar.set(s.name, cal);
  }
  const kpis = logKpis(log, undefined, (activity) => {
    const cal = taskCalendar.get(activity);
    return cal ? workingMinutes(cal, tol.zone) : undefined;
  });
  const findings: FigureFinding[] = [];
  for (const s of doc.steps) {
    if (s.type !== 'task' || !s.duration) continue;
    const a = kpis.activities[s.name];
    const data = a?.touchMean ?? a?.sojournMean;
    if (!a || data === undefined || a.count < tol.minCount || data <= 0) continue;
    const drawn = distributionMean(s.duration);
    if (Math.abs(drawn - data) / data > tol.duration)
      findings.push({
        kind: 'duration',
        step: s.id,
        name: s.name,
        drawn,
        data,
        measure: a.touchMean !== undefined ? 'touch' : 'sojourn',
      });
  }
  const flows = new Map(doc.flows.map((f) => [f.id, f]));
  for (const split of branchTasks(doc)) {
    const counts = split.branches.map((b) => kpis.activities[b.task.name]?.count ?? 0);
    const total = counts.reduce((x, y) => x + y, 0);
    if (total < tol.minCount) continue;
    split.branches.forEach((b, i) => {
      const drawn = flows.get(b.flow)!.probability;
      if (drawn === undefined) return;
      const data = counts[i]! / total;
      if (Math.abs(drawn - data) > tol.probability)
        findings.push({
          kind: 'probability',
          step: split.step,
          flow: b.flow,
          name: b.task.name,
          drawn,
          data,
        });
    });
  }
  const start = doc.steps.find((s) => s.type === 'start');
  const arrivalCalendar =
    start?.type === 'start' && start.arrival?.calendar
      ? calendars.get(start.arrival.calendar)
      : undefined;
  const drawnRate =
    start?.type === 'start' && (!start.arrival?.calendar || arrivalCalendar)
      ? ratePerHour(start.arrival, arrivalCalendar)
      : undefined;
  const starts = log.cases
    .filter((c) => c.events.length > 0)
    .map((c) => Math.min(...c.events.map((e) => e.start ?? e.complete)))
    .sort((x, y) => x - y);
  if (start && drawnRate !== undefined && log.hasTime && starts.length > tol.minCount) {
    const first = starts[0]!;
    const last = starts[starts.length - 1]!;
    const hours =
      (arrivalCalendar
        ? workingMinutes(arrivalCalendar, tol.zone)(first, last)
        : (last - first) / 60_000) / 60;
    const data = hours > 0 ? (starts.length - 1) / hours : 0;
    if (data > 0 && Math.abs(drawnRate - data) / data > tol.arrival)
      findings.push({ kind: 'arrival', step: start.id, name: start.name, drawn: drawnRate, data });
  }
  return findings;
}

type StartArrival = Extract<ProcessDocument['steps'][number], { type: 'start' }>['arrival'];

/** Cases per hour (per working hour of `calendar` when the arrival has one); undefined without an arrival. */
function ratePerHour(arrival: StartArrival, calendar?: Calendar): number | undefined {
  if (!arrival) return undefined;
  if ('interarrival' in arrival) {
    const m = distributionMean(arrival.interarrival);
    return m > 0 ? 60 / m : undefined;
  }
  let hours = { hour: 1, day: 24, week: 168 }[arrival.rate.per];
  if (calendar && arrival.rate.per !== 'hour') {
    const monday = Date.UTC(2024, 0, 1);
    const perWeek = workingMinutes(calendar)(monday, monday + 7 * 86_400_000) / 60;
    const days = new Set(calendar.week.flatMap((b) => b.days)).size;
    hours = arrival.rate.per === 'week' ? perWeek : days > 0 ? perWeek / days : 0;
  }
  return hours > 0 ? arrival.rate.count / hours : undefined;
}
