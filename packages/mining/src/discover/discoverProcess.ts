import {
  FORMAT_ID,
  FORMAT_VERSION,
  type Lang,
  type ProcessDocument,
  type TaskStep,
} from '@flowsmith/model';
import type { EventLog } from '../log/eventLog';
import { parseTimeZone } from '../read/timeZone';
import { discoverArrival } from './discoverArrival';
import { discoverRoles } from './discoverRoles';
import { fitDuration, type DurationFits } from './fitDuration';
import { inductiveMiner } from './inductiveMiner';
import { formatTree, type ProcessTree } from './processTree';
import { simplifyTree } from './simplifyTree';
import { joinOptionals } from './joinOptionals';
import { treeToProcess } from './treeToProcess';
import { branchConditions, type BranchCondition } from './branchConditions';
import { discoverRoleCalendars } from './discoverRoleCalendars';
import { scheduledBatches } from './scheduledBatches';
import { discoverMembers } from './discoverMembers';
import { discoveryDescription } from './discoveryDescription';
import { workingMinutes } from '../validate/workingTime';

/** Options of {@link discoverProcess}. */
export interface DiscoverOptions {
  /** IMf noise threshold, 0..1 (default 0.2); 0 keeps every trace fitting. */
  noise?: number;
  id?: string;
  name?: string;
  lang?: Lang;
  /** Time zone of the office hours arrivals are read in (IANA name or `+08:00`); default UTC. */
  timezone?: string;
}

/** The discovered document and how it was found. */
export interface Discovery {
  document: ProcessDocument;
  tree: ProcessTree;
  /** The tree as text, `->(a, X(b, c))`. */
  treeText: string;
  /** The step id of each activity kept. */
  taskOf: Record<string, string>;
  /** Every candidate fit per activity (minutes), for reports. */
  fits: Record<string, DurationFits>;
  /** `touch` (start and complete timestamps), `sojourn` (complete only) or `none` (no timestamps). */
  durations: 'touch' | 'sojourn' | 'none';
  /** The xor splits a case attribute decides, with the conditions written on their flows. */
  conditions: BranchCondition[];
}

/**
 * Discovers a block-structured, sound process document from `log`: the inductive miner (IMf)
 * gives the structure and the branch and repeat probabilities; roles come from `discoverRoles`;
 * each task's duration is the maximum-likelihood fit with the lowest AIC (`fitDuration`) of its
 * touch times (start to complete) or, when the log has complete timestamps only, its sojourn
 * times (from the case's previous complete), which the description says; the start step's arrival
 * comes from `discoverArrival` (office hours as a calendar when cases arrive in them only, an
 * arrival profile when the rate changes with the hour or the weekday); an activity whose cases are
 * started together at the same moments each week is a scheduled batch; a role whose people keep
 * different hours gets them as `members` with their own calendars (`discoverMembers`) (`scheduledBatches`: a
 * `batch.schedule` calendar, its duration fitted per batch); an xor
 * a case attribute decides gets conditions on its flows (`branchConditions`). The document has no positions (lay it out with
 * `@flowsmith/layout`). Pure.
 */
export function discoverProcess(log: EventLog, options: DiscoverOptions = {}): Discovery {
  const lang = options.lang ?? 'en';
  const noise = options.noise ?? 0.2;
  const tree = joinOptionals(simplifyTree(inductiveMiner(log, noise)), log);
  const { steps, flows, taskOf } = treeToProcess(tree);
  for (const s of steps)
    if (s.type === 'start' || s.type === 'end')
      s.name =
        lang === 'zh-CN'
          ? s.type === 'start'
            ? '开始'
            : '结束'
          : s.type === 'start'
            ? 'Start'
            : 'End';
  const { roles, roleOf } = discoverRoles(log, lang);
  const durations = !log.hasTime ? 'none' : log.hasStart ? 'touch' : 'sojourn';
  const zone = (options.timezone && parseTimeZone(options.timezone)) || { offsetMinutes: 0 };
  const hours = discoverRoleCalendars(
    log,
    roleOf,
    zone,
    new Set(roles.map((r) => r.id)),
    lang,
    options.timezone,
  );
  for (const r of roles) {
    const calendar = hours.calendarOf.get(r.id);
    if (calendar) r.calendar = calendar;
  }
  // People of a role who keep different hours: members, each with a calendar of their own.
  const people = discoverMembers(
    log,
    roleOf,
    roles,
    hours.calendars,
    zone,
    new Set(roles.map((r) => r.id)),
    lang,
    options.timezone,
  );
  for (const r of roles) {
    const members = people.members.get(r.id);
    if (!members) continue;
    r.members = members;
    delete r.capacity;
  }
  // A role with a calendar pauses outside it: its durations are counted in working minutes.
  const minutesOf = new Map<string, (fromMs: number, toMs: number) => number>();
  for (const [activity, role] of roleOf) {
    const calendar = hours.calendars.find((c) => c.id === hours.calendarOf.get(role));
    if (calendar) minutesOf.set(activity, workingMinutes(calendar, zone));
  }
  const clock = (from: number, to: number) => (to - from) / 60_000;
  // A member with hours of their own works in them: their durations in their working minutes.
  const personMinutes = new Map<string, (fromMs: number, toMs: number) => number>();
  for (const [role, members] of people.members)
    for (const m of members) {
      const calendar =
        m.calendar && people.calendars.concat(hours.calendars).find((c) => c.id === m.calendar);
      if (calendar)
        personMinutes.set(`${role}\u0000${m.name ?? m.id}`, workingMinutes(calendar, zone));
    }
  // Cases started together at the same moments each week: a scheduled batch, one duration each.
  const batches = log.hasStart
    ? scheduledBatches(
        log,
        zone,
        new Set([
          ...roles.map((r) => r.id),
          ...hours.calendars.map((c) => c.id),
          ...people.calendars.map((c) => c.id),
        ]),
        lang,
        options.timezone,
      )
    : [];
  const batchOf = new Map(batches.map((b) => [b.activity, b]));
  const samples = new Map<string, number[]>();
  const starts: number[] = [];
  let events = 0;
  for (const c of log.cases) {
    events += c.events.length;
    if (c.events.length) starts.push(Math.min(...c.events.map((e) => e.start ?? e.complete)));
    c.events.forEach((e, i) => {
      if (batchOf.has(e.activity)) return;
      const minutes =
        (e.resource && personMinutes.get(`${roleOf.get(e.activity)}\u0000${e.resource}`)) ||
        minutesOf.get(e.activity) ||
        clock;
      let x: number | undefined;
      if (durations === 'touch' && e.start !== undefined) x = minutes(e.start, e.complete);
      else if (durations === 'sojourn' && i > 0) x = minutes(c.events[i - 1]!.complete, e.complete);
      if (x === undefined) return;
      let list = samples.get(e.activity);
      if (!list) samples.set(e.activity, (list = []));
      list.push(x);
    });
  }
  for (const b of batches) {
    const minutes = minutesOf.get(b.activity) ?? clock;
    samples.set(
      b.activity,
      b.batches.map((x) => minutes(x.start, x.end)),
    );
  }
  const fits: Record<string, DurationFits> = Object.create(null) as Record<string, DurationFits>;
  for (const step of steps) {
    if (step.type !== 'task') continue;
    const task: TaskStep = step;
    const role = roleOf.get(step.name);
    if (role) task.role = role;
    const batch = batchOf.get(step.name);
    if (batch) task.batch = { schedule: batch.calendar.id };
    const fitted = fitDuration(samples.get(step.name) ?? []);
    if (fitted) {
      task.duration = fitted.best;
      fits[step.name] = fitted;
    }
  }
  const taken = new Set([
    ...roles.map((r) => r.id),
    ...hours.calendars.map((c) => c.id),
    ...people.calendars.map((c) => c.id),
    ...batches.map((b) => b.calendar.id),
  ]);
  let calendarId = 'arrival-hours';
  while (taken.has(calendarId)) calendarId += '-1';
  const arrival =
    durations === 'none'
      ? undefined
      : discoverArrival(starts, zone, calendarId, lang, options.timezone);
  // Cases that arrive in the hours of a role calendar share it.
  const same = arrival?.calendar
    ? hours.calendars.find((c) => JSON.stringify(c.week) === JSON.stringify(arrival.calendar!.week))
    : undefined;
  if (arrival && same) arrival.arrival.calendar = same.id;
  const calendars = [
    ...hours.calendars,
    ...people.calendars,
    ...(arrival?.calendar && !same ? [arrival.calendar] : []),
    ...batches.map((b) => b.calendar),
  ];
  const start = steps.find((s) => s.type === 'start');
  if (start?.type === 'start' && arrival) start.arrival = arrival.arrival;
  const description = discoveryDescription(
    {
      cases: log.cases.length,
      events,
      noise,
      durations,
      roles,
      pooled: hours.pooled,
      tooFew: hours.tooFew,
      members: [...people.members.keys()],
      batches: batches.map((b) => b.activity),
      profile: Boolean(arrival && 'profile' in arrival.arrival && arrival.arrival.profile),
      ...(options.timezone !== undefined ? { zone: options.timezone } : {}),
    },
    lang,
  );
  const document: ProcessDocument = {
    format: FORMAT_ID,
    version: FORMAT_VERSION,
    id: options.id ?? 'discovered-process',
    name: options.name ?? (lang === 'zh-CN' ? '挖掘得到的流程' : 'Discovered process'),
    language: lang,
    description,
    roles,
    ...(calendars.length ? { calendars } : {}),
    steps,
    flows,
  };
  const decided = branchConditions(document, log);
  return {
    document: decided.document,
    conditions: decided.found,
    tree,
    treeText: formatTree(tree),
    taskOf: Object.fromEntries(taskOf),
    fits,
    durations,
  };
}
