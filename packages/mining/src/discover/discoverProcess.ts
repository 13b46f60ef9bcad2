import {
  FORMAT_ID,
  FORMAT_VERSION,
  type Lang,
  type ProcessDocument,
  type TaskStep,
} from '@flowsmith/model';
import type { EventLog } from '../log/eventLog';
import { miningMessage } from '../messages/miningMessages';
import { parseTimeZone } from '../read/timeZone';
import { discoverArrival } from './discoverArrival';
import { discoverRoles } from './discoverRoles';
import { fitDuration, type DurationFits } from './fitDuration';
import { inductiveMiner } from './inductiveMiner';
import { formatTree, type ProcessTree } from './processTree';
import { simplifyTree } from './simplifyTree';
import { treeToProcess } from './treeToProcess';
import { branchConditions, type BranchCondition } from './branchConditions';
import { discoverRoleCalendars } from './discoverRoleCalendars';
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
 * comes from `discoverArrival` (office hours as a calendar when cases arrive in them only); an xor
 * a case attribute decides gets conditions on its flows (`branchConditions`). The document has no positions (lay it out with
 * `@flowsmith/layout`). Pure.
 */
export function discoverProcess(log: EventLog, options: DiscoverOptions = {}): Discovery {
  const lang = options.lang ?? 'en';
  const noise = options.noise ?? 0.2;
  const tree = simplifyTree(inductiveMiner(log, noise));
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
  // A role with a calendar pauses outside it: its durations are counted in working minutes.
  const minutesOf = new Map<string, (fromMs: number, toMs: number) => number>();
  for (const [activity, role] of roleOf) {
    const calendar = hours.calendars.find((c) => c.id === hours.calendarOf.get(role));
    if (calendar) minutesOf.set(activity, workingMinutes(calendar, zone));
  }
  const clock = (from: number, to: number) => (to - from) / 60_000;
  const samples = new Map<string, number[]>();
  const starts: number[] = [];
  let events = 0;
  for (const c of log.cases) {
    events += c.events.length;
    if (c.events.length) starts.push(Math.min(...c.events.map((e) => e.start ?? e.complete)));
    c.events.forEach((e, i) => {
      const minutes = minutesOf.get(e.activity) ?? clock;
      let x: number | undefined;
      if (durations === 'touch' && e.start !== undefined) x = minutes(e.start, e.complete);
      else if (durations === 'sojourn' && i > 0) x = minutes(c.events[i - 1]!.complete, e.complete);
      if (x === undefined) return;
      let list = samples.get(e.activity);
      if (!list) samples.set(e.activity, (list = []));
      list.push(x);
    });
  }
  const fits: Record<string, DurationFits> = Object.create(null) as Record<string, DurationFits>;
  for (const step of steps) {
    if (step.type !== 'task') continue;
    const task: TaskStep = step;
    const role = roleOf.get(step.name);
    if (role) task.role = role;
    const fitted = fitDuration(samples.get(step.name) ?? []);
    if (fitted) {
      task.duration = fitted.best;
      fits[step.name] = fitted;
    }
  }
  const taken = new Set([...roles.map((r) => r.id), ...hours.calendars.map((c) => c.id)]);
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
  const calendars = [...hours.calendars, ...(arrival?.calendar && !same ? [arrival.calendar] : [])];
  const start = steps.find((s) => s.type === 'start');
  if (start?.type === 'start' && arrival) start.arrival = arrival.arrival;
  const calendared = roles.filter((r) => r.calendar);
  const description = [
    miningMessage(
      'discover.description',
      { cases: log.cases.length, events, noise, criterion: 'AIC' },
      lang,
    ),
    ...(durations === 'none'
      ? []
      : [miningMessage(durations === 'touch' ? 'discover.touch' : 'discover.sojourn', {}, lang)]),
    ...(calendared.length
      ? [
          miningMessage(
            'discover.calendars',
            { roles: calendared.map((r) => r.name).join(', '), zone: options.timezone ?? 'UTC' },
            lang,
          ),
        ]
      : []),
    ...(hours.tooFew.length
      ? [
          miningMessage(
            'discover.noCalendar',
            {
              roles: hours.tooFew
                .map((id) => roles.find((r) => r.id === id)?.name ?? id)
                .join(', '),
            },
            lang,
          ),
        ]
      : []),
  ].join(' ');
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
