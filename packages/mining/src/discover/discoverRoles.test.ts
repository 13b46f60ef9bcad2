import { describe, expect, it } from 'vitest';
import type { ActivityInstance, EventLog } from '../log/eventLog';
import { discoverRoles } from './discoverRoles';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Monday 1 January 2024, 00:00 UTC. */
const MONDAY = Date.UTC(2024, 0, 1);

/** One case per event: activity `serve`, role `desk`, the given person, start and one hour. */
function logOf(
  events: { person?: string; at: number; role?: string; hours?: number }[],
  hasStart = true,
): EventLog {
  return {
    cases: events.map((e, i) => {
      const event: ActivityInstance = {
        activity: 'serve',
        complete: e.at + (e.hours ?? 1) * HOUR,
        role: e.role ?? 'desk',
      };
      if (hasStart) event.start = e.at;
      if (e.person !== undefined) event.resource = e.person;
      return { id: `c${i}`, attributes: {}, events: [event] };
    }),
    hasStart,
    hasRole: true,
    hasResource: events.some((e) => e.person !== undefined),
    hasTime: true,
  };
}

/** `n` people in turn, one hour each, never two at once, from `from` on. */
const inTurn = (n: number, from: number, prefix = 'p') =>
  Array.from({ length: n }, (_, i) => ({ person: `${prefix}${i + 1}`, at: from + i * 2 * HOUR }));

describe('discoverRoles', () => {
  it('counts the people of a role who worked in one week, not its concurrency', () => {
    const found = discoverRoles(logOf(inTurn(6, MONDAY)));
    expect(found.capacityFrom).toBe('people');
    expect(found.roles).toEqual([{ id: 'desk', name: 'desk', capacity: 6 }]);
  });

  it('takes the busiest week: people who left and people who came are not counted together', () => {
    // Four people in week 1, four others in week 3: a team of four, not of eight.
    const log = logOf([...inTurn(4, MONDAY, 'old'), ...inTurn(4, MONDAY + 14 * DAY, 'new')]);
    expect(discoverRoles(log).roles[0]!.capacity).toBe(4);
    // Sunday evening and Monday morning are different weeks.
    const around = logOf([
      { person: 'a', at: MONDAY + 6 * DAY + 20 * HOUR },
      { person: 'b', at: MONDAY + 7 * DAY + 8 * HOUR },
    ]);
    expect(discoverRoles(around).roles[0]!.capacity).toBe(1);
    // In UTC+08:00 both are in the week from Monday 8 January 00:00 local time.
    expect(discoverRoles(around, 'en', { offsetMinutes: 480 }).roles[0]!.capacity).toBe(2);
  });

  it('never gives less than the work in progress at once', () => {
    // One person named, but three pieces at once: 3.
    const log = logOf([
      { person: 'a', at: MONDAY },
      { person: 'a', at: MONDAY },
      { person: 'a', at: MONDAY },
    ]);
    expect(discoverRoles(log).roles[0]!.capacity).toBe(3);
  });

  it('keeps concurrency when the resource is the role itself, or there is no resource', () => {
    const log = logOf([
      { person: 'desk', at: MONDAY },
      { person: 'desk', at: MONDAY + 2 * HOUR },
    ]);
    expect(discoverRoles(log).capacityFrom).toBe('concurrency');
    expect(discoverRoles(log).roles[0]!.capacity).toBe(1);
    const nobody = logOf([{ at: MONDAY }, { at: MONDAY + 2 * HOUR }]);
    expect(discoverRoles(nobody).capacityFrom).toBe('concurrency');
  });

  it('keeps the sojourn rule with complete times only, people or not', () => {
    const log = logOf(inTurn(6, MONDAY), false);
    // One case each, no previous event: no sojourn interval, so the least capacity.
    expect(discoverRoles(log).capacityFrom).toBe('sojourn');
    expect(discoverRoles(log).roles[0]!.capacity).toBe(1);
  });

  it('counts people for roles grouped from resources too', () => {
    const log = logOf(inTurn(5, MONDAY));
    for (const c of log.cases) delete c.events[0]!.role;
    log.hasRole = false;
    const found = discoverRoles(log);
    expect(found.capacityFrom).toBe('people');
    expect(found.roles.map((r) => r.capacity)).toEqual([5]);
  });

  it('stays within the largest capacity a role may have', () => {
    const log = logOf(inTurn(10_050, MONDAY).map((e, i) => ({ ...e, at: MONDAY + i * 60_000 })));
    expect(discoverRoles(log).roles[0]!.capacity).toBe(10_000);
  });
});
