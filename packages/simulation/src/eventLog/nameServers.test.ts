/**
 * Who did the work of an anonymous role (SPEC.md SIM-LOG-4): numbered capacity units, the free
 * one idle longest taking the next piece, never one unit on two pieces at once.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { build, type Calendar, type Distribution, type Role, type Step } from '@flowsmith/model';
import type { LogEntry } from '../results';
import { runReplicationSync } from '../index';
import { nameServers } from './nameServers';

const { processOf, role, task, end, chain, fixed, exp } = build;

const entry = (caseId: number, start: number, end: number, roleId = 'clerk'): LogEntry => ({
  replication: 0,
  caseId,
  step: 'a',
  stepName: 'a',
  role: roleId,
  ready: start,
  start,
  end,
});

/** Every unit of each person holds one piece of work at a time (a batch's cases are one piece). */
function expectNoOverlap(log: readonly LogEntry[]): void {
  const byPerson = new Map<string, LogEntry[]>();
  for (const e of log) {
    if (e.person === undefined) continue;
    let list = byPerson.get(e.person);
    if (!list) byPerson.set(e.person, (list = []));
    list.push(e);
  }
  for (const [person, list] of byPerson) {
    list.sort((a, b) => a.start - b.start || a.end - b.end);
    for (let i = 1; i < list.length; i++) {
      const a = list[i - 1]!;
      const b = list[i]!;
      const sameBatch = a.step === b.step && a.start === b.start && a.end === b.end;
      if (!sameBatch)
        expect(
          b.start,
          `${person}: ${a.step} ${a.start}–${a.end}, then ${b.step} ${b.start}`,
        ).toBeGreaterThanOrEqual(a.end);
    }
  }
}

describe('nameServers', () => {
  it('hands work to the unit idle longest, all units idle from the start', () => {
    // Capacity 3, one piece at a time: units 1, 2, 3, 1, 2 in turn.
    const log = [0, 10, 20, 30, 40].map((t, i) => entry(i, t, t + 5));
    nameServers(log, [{ id: 'clerk', capacity: 3 }]);
    expect(log.map((e) => e.person)).toEqual([
      'clerk 1',
      'clerk 2',
      'clerk 3',
      'clerk 1',
      'clerk 2',
    ]);
  });

  it('gives overlapping work different units, frees a unit at its end, and leaves others alone', () => {
    const log = [
      entry(0, 0, 10), // unit 1 again: free at 0, ties go to the lowest number
      entry(1, 0, 0), // no time: first at 0, takes unit 1 and gives it back at once
      entry(2, 5, 10),
      entry(3, 10, 20), // units 1 and 2 free at 10, unit 3 idle since 0: unit 3
      { ...entry(4, 0, 30), person: 'ann' },
      entry(5, 0, 30, 'other'),
    ];
    nameServers(log, [{ id: 'clerk', capacity: 3 }]);
    expect(log.map((e) => e.person)).toEqual([
      'clerk 1',
      'clerk 1',
      'clerk 2',
      'clerk 3',
      'ann',
      undefined,
    ]);
  });

  it('refuses more overlapping work than the capacity', () => {
    expect(() =>
      nameServers([entry(0, 0, 10), entry(1, 5, 15)], [{ id: 'clerk', capacity: 1 }]),
    ).toThrow(/capacity 1/);
  });

  it('names every unit of a role of 20 that never has more than a few at work', () => {
    const doc = processOf('light', {
      roles: [role('desk', 20)],
      steps: [
        { id: 'start', type: 'start', name: 'start', arrival: { interarrival: exp(10) } },
        task('serve', 'desk', exp(8)),
        end(),
      ],
      flows: chain('start', 'serve', 'end'),
    });
    const r = runReplicationSync(doc, { cases: 500, warmup: 0, seed: 3 }, 0, { recordLog: true });
    const people = new Set(r.log!.map((e) => e.person));
    expect(people.size).toBe(20);
    expect([...people].every((p) => /^desk ([1-9]|1\d|20)$/.test(p!))).toBe(true);
    expectNoOverlap(r.log!);
  });

  it('one unit serves a whole batch, and work paused over closed hours holds its unit', () => {
    const hours: Calendar = {
      id: 'office',
      name: 'office',
      week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }],
    };
    const doc = processOf('batched', {
      calendars: [hours],
      roles: [
        { ...role('clerk', 2), calendar: 'office' },
        { ...role('desk', 3), calendar: 'office' },
      ],
      steps: [
        { id: 'start', type: 'start', name: 'start', arrival: { interarrival: exp(20) } },
        task('check', 'desk', exp(90)),
        task('pay', 'clerk', fixed(30), { batch: { size: 4 } }),
        end(),
      ],
      flows: chain('start', 'check', 'pay', 'end'),
    });
    const r = runReplicationSync(doc, { cases: 400, warmup: 0, seed: 1 }, 0, { recordLog: true });
    const batches = new Map<string, Set<string | undefined>>();
    for (const e of r.log!.filter((x) => x.step === 'pay')) {
      const key = `${e.start}/${e.end}`;
      let set = batches.get(key);
      if (!set) batches.set(key, (set = new Set()));
      set.add(e.person);
    }
    for (const people of batches.values()) expect(people.size).toBe(1);
    // Some check is paused over a night (it ends more than its longest plausible time later).
    expect(r.log!.some((e) => e.step === 'check' && e.end - e.start > 12 * 60)).toBe(true);
    expectNoOverlap(r.log!);
  });

  it('names every piece of work of a role, never beyond its capacity, never twice at once', () => {
    const hours: Calendar = {
      id: 'office',
      name: 'office',
      week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }],
    };
    const duration = fc.oneof(
      fc.integer({ min: 0, max: 40 }).map((k): Distribution => fixed(k)),
      fc.integer({ min: 1, max: 40 }).map((k): Distribution => exp(k)),
    );
    const model = fc.record({
      capacities: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 3 }),
      tasks: fc.array(
        fc.record({ role: fc.integer({ min: -1, max: 2 }), duration, batch: fc.boolean() }),
        { minLength: 1, maxLength: 3 },
      ),
      gap: duration,
      calendar: fc.constantFrom('none', 'pause', 'finish'),
      seed: fc.integer({ min: 1, max: 1000 }),
    });
    fc.assert(
      fc.property(model, ({ capacities, tasks, gap, calendar, seed }) => {
        const roles: Role[] = capacities.map((c, i) => ({
          ...role(`r${i}`, c),
          ...(calendar !== 'none' && i === 0 ? { calendar: 'office' } : {}),
        }));
        const steps: Step[] = tasks.map((t, i) => {
          const r = t.role >= 0 && t.role < roles.length ? roles[t.role]!.id : undefined;
          return task(`t${i}`, r, t.duration, t.batch && r ? { batch: { size: 3 } } : {});
        });
        const doc = processOf('random', {
          calendars: [hours],
          roles,
          steps: [
            { id: 'start', type: 'start', name: 'start', arrival: { interarrival: gap } },
            ...steps,
            end(),
          ],
          flows: chain('start', ...steps.map((s) => s.id), 'end'),
        });
        const r = runReplicationSync(
          doc,
          {
            cases: 150,
            warmup: 0,
            seed,
            ...(calendar === 'finish' ? { calendarMode: 'finish' as const } : {}),
          },
          0,
          { recordLog: true },
        );
        for (const e of r.log!) {
          if (e.role === '') {
            expect(e.person).toBeUndefined();
            continue;
          }
          const capacity = roles.find((x) => x.id === e.role)!.capacity!;
          const m = /^(.+) (\d+)$/.exec(e.person ?? '');
          expect(m?.[1]).toBe(e.role);
          expect(Number(m![2])).toBeGreaterThanOrEqual(1);
          expect(Number(m![2])).toBeLessThanOrEqual(capacity);
        }
        expectNoOverlap(r.log!);
      }),
      { numRuns: 60 },
    );
  });
});
