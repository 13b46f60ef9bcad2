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
import { fitDuration, type DurationFits } from './fitDuration';
import { inductiveMiner } from './inductiveMiner';
import { formatTree, type ProcessTree } from './processTree';
import { simplifyTree } from './simplifyTree';
import { joinOptionals } from './joinOptionals';
import { treeToProcess } from './treeToProcess';
import { unstaffedWaits } from './unstaffedWaits';
import { onlyAfterOptional } from './onlyAfterOptional';
import { branchConditions, type BranchCondition } from './branchConditions';
import { taskBatch } from './batchesBySizeOrWindow';
import { personSpeeds, timesAtSpeedOne } from './personSpeeds';
import { discoveryDescription } from './discoveryDescription';
import { clockMinutes, discoverOrganisation, withSpeeds } from './discoverOrganisation';
import { discoverBatches } from './discoverBatches';
import { durationSamples } from './durationSamples';
import { readableUnit } from './readableUnit';

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
 * Discovers a sound process document from `log`. Structure: the inductive miner (IMf) at
 * `noise`, written as steps and flows with branch and repeat probabilities (`treeToProcess`;
 * a branch only cases that did an optional step take hangs off that step, `onlyAfterOptional`).
 * Organisation (`discoverOrganisation`): roles and capacities, role calendars, people with hours
 * of their own as `members`. Batches (`discoverBatches`): scheduled, or by size or window.
 * Durations: per activity the fit `fitDuration` chooses of its touch times (start to complete)
 * or, with complete timestamps only, its sojourn times (from the case's previous completion),
 * which the description says; counted in working minutes where a calendar applies; people who
 * take clearly different times get their `speed` and the fit is made at speed 1
 * (`personSpeeds`); a batch's duration is one per batch. Activities the log names nobody on are
 * waits (`unstaffedWaits`). The start step's arrival comes from `discoverArrival` (office hours
 * as a calendar, a profile when the rate changes with the hour or the weekday); an xor a case
 * attribute decides gets conditions on its flows (`branchConditions`). The description says
 * what was found. The document has no positions (lay it out with `@flowsmith/layout`). Pure.
 */
export function discoverProcess(log: EventLog, options: DiscoverOptions = {}): Discovery {
  const lang = options.lang ?? 'en';
  const noise = options.noise ?? 0.2;
  const tree = joinOptionals(simplifyTree(inductiveMiner(log, noise)), log);
  const { steps, flows, taskOf } = treeToProcess(tree, onlyAfterOptional(log));
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
  const durations = !log.hasTime ? 'none' : log.hasStart ? 'touch' : 'sojourn';
  const zone = (options.timezone && parseTimeZone(options.timezone)) || { offsetMinutes: 0 };
  const org = discoverOrganisation(log, zone, lang, options.timezone);
  const { roles, roleOf, hours } = org;
  const batched = discoverBatches(log, org, zone, lang, options.timezone);
  const { scheduled: batches, gathered } = batched;
  const timed = durationSamples(log, org, batched, durations);
  // People who take clearly different touch times for the same work: members with a `speed`,
  // each task's duration fitted on the times rescaled to speed 1 (`personSpeeds`).
  const speeds =
    durations === 'touch' && log.hasResource
      ? personSpeeds(timed.byPerson, roleOf)
      : new Map<string, Map<string, number>>();
  const samples = timesAtSpeedOne(timed.byPerson, roleOf, speeds);
  if (speeds.size) withSpeeds(org, log, speeds, zone, lang, options.timezone);
  const people = org.people;
  for (const b of batches) {
    const minutes = org.minutesOf.get(b.activity) ?? clockMinutes;
    samples.set(
      b.activity,
      b.batches.map((x) => minutes(x.start, x.end)),
    );
  }
  for (const b of gathered) samples.set(b.activity, b.durations);
  const batchOf = new Map(batches.map((b) => [b.activity, b]));
  const gatheredOf = new Map(gathered.map((b) => [b.activity, b]));
  const fits: Record<string, DurationFits> = Object.create(null) as Record<string, DurationFits>;
  for (const step of steps) {
    if (step.type !== 'task') continue;
    const task: TaskStep = step;
    const role = roleOf.get(step.name);
    if (role) task.role = role;
    const batch = batchOf.get(step.name);
    if (batch) task.batch = { schedule: batch.calendar.id };
    const bySize = gatheredOf.get(step.name);
    if (bySize) task.batch = taskBatch(bySize);
    const fitted = fitDuration(samples.get(step.name) ?? []);
    if (fitted) {
      task.duration = readableUnit(fitted.best);
      fits[step.name] = fitted;
    }
  }
  // Activities nobody is named on in a log that names people: waits (timers), not work.
  const waits = unstaffedWaits(steps, log, roleOf);
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
      : discoverArrival(timed.caseStarts, zone, calendarId, lang, options.timezone);
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
      events: timed.events,
      noise,
      durations,
      roles,
      pooled: hours.pooled,
      tooFew: hours.tooFew,
      members: people.differentHours,
      speeds: [...speeds.keys()],
      calendars: hours.calendars,
      batches: batches.map((b) => b.activity),
      gathered,
      profile: Boolean(arrival && 'profile' in arrival.arrival && arrival.arrival.profile),
      waits,
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
