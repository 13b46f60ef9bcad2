import type { EventLog } from '../log/eventLog';
import type { DiscoveredBatches } from './discoverBatches';
import { clockMinutes, type Organisation } from './discoverOrganisation';
import type { TimesByPerson } from './personSpeeds';

/** The timed samples of a log, and what the arrival and the description need of it. */
export interface DurationSamples {
  /** Per activity (not batched), per person (`''` when unnamed): durations in minutes. */
  byPerson: TimesByPerson;
  /** When each case began (its first start, else its first completion), ms. */
  caseStarts: number[];
  /** Events in the log. */
  events: number;
}

/**
 * The duration of each execution of a non-batched activity, per person: touch times (start to
 * complete) or, for `sojourn`, the time since the case's previous completion; in the working
 * minutes of the person's own hours, else of the role's calendar, else clock minutes
 * (`org.personMinutes`, `org.minutesOf`). Pure.
 */
export function durationSamples(
  log: EventLog,
  org: Organisation,
  batches: DiscoveredBatches,
  durations: 'touch' | 'sojourn' | 'none',
): DurationSamples {
  const byPerson = new Map<string, Map<string, number[]>>();
  const caseStarts: number[] = [];
  let events = 0;
  for (const c of log.cases) {
    events += c.events.length;
    if (c.events.length) caseStarts.push(Math.min(...c.events.map((e) => e.start ?? e.complete)));
    c.events.forEach((e, i) => {
      if (batches.has(e.activity)) return;
      const minutes =
        (e.resource && org.personMinutes.get(`${org.roleOf.get(e.activity)}\u0000${e.resource}`)) ||
        org.minutesOf.get(e.activity) ||
        clockMinutes;
      let x: number | undefined;
      if (durations === 'touch' && e.start !== undefined) x = minutes(e.start, e.complete);
      else if (durations === 'sojourn' && i > 0) x = minutes(c.events[i - 1]!.complete, e.complete);
      if (x === undefined) return;
      let people = byPerson.get(e.activity);
      if (!people) byPerson.set(e.activity, (people = new Map()));
      const list = people.get(e.resource ?? '');
      if (list) list.push(x);
      else people.set(e.resource ?? '', [x]);
    });
  }
  return { byPerson, caseStarts, events };
}
