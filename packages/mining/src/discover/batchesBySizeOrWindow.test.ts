import { describe, expect, it } from 'vitest';
import { mulberry32 } from '@flowsmith/model';
import type { EventLog, LogCase } from '../log/eventLog';
import { batchesBySizeOrWindow, taskBatch } from './batchesBySizeOrWindow';
import { batchedCapacity } from './batchedCapacity';
import { batchGroups } from './batchGroups';

const MIN = 60_000;
const T0 = Date.UTC(2024, 0, 1);

/**
 * A log of `cases` cases: Prep (10–30 min) from a Poisson arrival every `gap` minutes, then
 * Batch gathered by `size` and/or `window` (minutes) and worked at once for 20–40 min ×
 * (1 + perCase × (n − 1)), all its cases completing together, then After (5 min) at once.
 */
function batchedLog(
  rule: { size?: number; window?: number; perCase?: number },
  gap = 15,
  cases = 600,
  seed = 1,
): EventLog {
  const u = mulberry32(seed);
  const size = rule.size ?? Infinity;
  const window = rule.window ?? Infinity;
  const ready: { c: LogCase; at: number }[] = [];
  let t = T0;
  for (let i = 0; i < cases; i++) {
    t += Math.round(-Math.log(1 - u()) * gap * MIN);
    const done = t + Math.round((10 + 20 * u()) * MIN);
    const c: LogCase = {
      id: `c${i}`,
      attributes: {},
      events: [{ activity: 'Prep', start: t, complete: done, role: 'clerk' }],
    };
    ready.push({ c, at: done });
  }
  ready.sort((a, b) => a.at - b.at);
  let free = 0; // the one manager, free from this instant
  for (let i = 0; i < ready.length;) {
    const first = ready[i]!.at;
    let j = i + 1;
    while (j < ready.length && j - i < size && ready[j]!.at <= first + window * MIN) j++;
    if (j - i < size && window === Infinity) break; // never fills
    const release = j - i === size ? ready[j - 1]!.at : first + window * MIN;
    const start = Math.max(release, free);
    const end = start + Math.round((20 + 20 * u()) * (1 + (rule.perCase ?? 0) * (j - i - 1)) * MIN);
    free = end;
    for (const { c } of ready.slice(i, j))
      c.events.push(
        { activity: 'Batch', start, complete: end, role: 'manager' },
        { activity: 'After', start: end, complete: end + 5 * MIN, role: 'clerk' },
      );
    i = j;
  }
  const all = ready.map((r) => r.c).sort((a, b) => a.events[0]!.start! - b.events[0]!.start!);
  return { cases: all, hasStart: true, hasRole: true, hasResource: false, hasTime: true };
}

const clock = () => (from: number, to: number) => (to - from) / MIN;

describe('batchesBySizeOrWindow', () => {
  it('finds a batch of 4, and not the step all its cases go on to at once', () => {
    const found = batchesBySizeOrWindow(batchedLog({ size: 4 }), new Set(), clock);
    expect(found.map((b) => b.activity)).toEqual(['Batch']);
    expect(taskBatch(found[0]!)).toEqual({ size: 4 });
    expect(found[0]!.batches.length).toBe(150);
    const mean = found[0]!.durations.reduce((s, d) => s + d, 0) / 150;
    expect(mean).toBeGreaterThan(27);
    expect(mean).toBeLessThan(33);
  });

  it('finds a 90-minute window', () => {
    const found = batchesBySizeOrWindow(batchedLog({ window: 90 }), new Set(), clock);
    expect(found.map((b) => taskBatch(b))).toEqual([{ window: { value: 90, unit: 'min' } }]);
  });

  it('finds size and window together, the size from the groups piled up at the cap', () => {
    const found = batchesBySizeOrWindow(batchedLog({ size: 6, window: 90 }), new Set(), clock);
    expect(found.map((b) => taskBatch(b))).toEqual([
      { size: 6, window: { value: 90, unit: 'min' } },
    ]);
  });

  it('finds perCase from durations that grow with the batch, and fits them per base', () => {
    const [b] = batchesBySizeOrWindow(
      batchedLog({ window: 90, perCase: 0.2 }, 20, 1500),
      new Set(),
      clock,
    );
    expect(b!.perCase).toBeGreaterThan(0.15);
    expect(b!.perCase).toBeLessThan(0.25);
    const mean = b!.durations.reduce((s, d) => s + d, 0) / b!.durations.length;
    expect(Math.abs(mean - 30) / 30).toBeLessThan(0.05);
  });

  it('leaves out what it is told to (a scheduled batch keeps precedence)', () => {
    expect(batchesBySizeOrWindow(batchedLog({ size: 4 }), new Set(['Batch']), clock)).toEqual([]);
  });

  it('does not take cases that start in the same minute by chance for a batch', () => {
    // Two starts a minute on average, timestamps to the minute: 86 % share a minute with another,
    // but 98 % have another a minute before or after.
    const u = mulberry32(7);
    const cases: LogCase[] = [];
    let t = T0;
    for (let i = 0; i < 3000; i++) {
      t += Math.round(-Math.log(1 - u()) * 0.5 * MIN);
      // Ready at different instants, started at the next whole minute after ten.
      const start = Math.ceil((t + 10 * MIN) / MIN) * MIN;
      cases.push({
        id: `c${i}`,
        attributes: {},
        events: [
          { activity: 'Prep', start: t, complete: t + MIN },
          { activity: 'Work', start, complete: start + Math.round(5 + 10 * u()) * MIN },
        ],
      });
    }
    const log: EventLog = {
      cases,
      hasStart: true,
      hasRole: false,
      hasResource: false,
      hasTime: true,
    };
    const work = batchGroups(log, 0.8).find((a) => a.activity === 'Work')!;
    expect(work.resolution).toBe(MIN);
    expect(work.coincident).toBeGreaterThan(0.8);
    expect(work.neighbouring).toBeGreaterThan(work.coincident);
    expect(batchesBySizeOrWindow(log, new Set(), clock)).toEqual([]);
  });

  it('counts a batch once in its role’s capacity', () => {
    const log = batchedLog({ size: 4 });
    const found = batchesBySizeOrWindow(log, new Set(), clock);
    const roleOf = new Map([
      ['Prep', 'clerk'],
      ['Batch', 'manager'],
      ['After', 'clerk'],
    ]);
    const once = batchedCapacity(log, roleOf, new Map(found.map((b) => [b.activity, b.batches])));
    expect(once).toEqual(new Map([['manager', 1]]));
    // With people: never below the most who worked for the role in one week.
    for (const c of log.cases)
      for (const e of c.events)
        if (e.activity === 'Batch') e.resource = e.start! < T0 + 3 * 3_600_000 ? 'bob' : 'ann';
    const people = batchedCapacity(log, roleOf, new Map([['Batch', found[0]!.batches]]), {
      offsetMinutes: 0,
    });
    expect(people).toEqual(new Map([['manager', 2]]));
  });
});
