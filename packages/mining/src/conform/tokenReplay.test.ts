import { describe, expect, it } from 'vitest';
import { parseProcess } from '@flowsmith/model';
import { discoverProcess } from '../discover/discoverProcess';
import { logOf } from '../testing/logOf';
import { tokenReplay } from './tokenReplay';

describe('tokenReplay', () => {
  const log = logOf('abcd', 'acbd', 'abcd', 'abd'.replace('d', 'cd'));
  const { document } = discoverProcess(log, { noise: 0 });

  it('gives fitness 1 to a discovered map on its own log (noise 0), and a valid document', () => {
    expect(parseProcess(JSON.parse(JSON.stringify(document))).ok).toBe(true);
    const r = tokenReplay(document, log);
    expect(r.fitness).toBe(1);
    expect(r.fittingCases).toBe(4);
    expect(r.deviations).toEqual([]);
    expect(r.precision).toBe(1);
  });

  it('names skipped steps, steps out of order and activities not in the map', () => {
    const r = tokenReplay(document, logOf('acd', 'dabc', 'abxcd'));
    expect(r.fitness).toBeLessThan(1);
    const kinds = r.deviations.map((d) => `${d.kind}:${d.activity}`);
    expect(kinds).toContain('skipped:b');
    expect(kinds).toContain('outOfOrder:d');
    expect(kinds).toContain('notInMap:x');
    expect(r.deviations.find((d) => d.activity === 'b')!.step).toMatch(/^t\d+$/);
  });

  it('replays a timer the log records like a task, and one it does not record silently', () => {
    const doc = parseProcess({
      format: 'flowsmith.process',
      version: 1,
      id: 'p',
      name: 'p',
      roles: [],
      steps: [
        { id: 's', type: 'start', name: 'S' },
        { id: 'a', type: 'task', name: 'a' },
        { id: 'w', type: 'timer', name: 'wait', duration: { dist: 'fixed', value: 5 } },
        { id: 'b', type: 'task', name: 'b' },
        { id: 'e', type: 'end', name: 'E' },
      ],
      flows: [
        { id: 'f1', from: 's', to: 'a' },
        { id: 'f2', from: 'a', to: 'w' },
        { id: 'f3', from: 'w', to: 'b' },
        { id: 'f4', from: 'b', to: 'e' },
      ],
    });
    if (!doc.ok) throw new Error('invalid');
    // Not recorded: silent.
    expect(tokenReplay(doc.document, logOf('ab')).fitness).toBe(1);
    // Recorded (a simulation's log does, by name or by id): it fits where it happened…
    const log = logOf('ab', 'ab');
    log.cases[0]!.events.splice(1, 0, { activity: 'wait', complete: 30_000 });
    log.cases[1]!.events.splice(1, 0, { activity: 'w', complete: 30_000 });
    const r = tokenReplay(doc.document, log);
    expect(r.deviations).toEqual([]);
    expect(r.fitness).toBe(1);
    // …and a case that went past it without it skipped it.
    const skipped = logOf('ab', 'ab');
    skipped.cases[0]!.events.splice(1, 0, { activity: 'wait', complete: 30_000 });
    const s2 = tokenReplay(doc.document, skipped);
    expect(s2.fitness).toBeLessThan(1);
    expect(s2.deviations.map((d) => `${d.kind}:${d.activity}`)).toContain('skipped:wait');
  });

  it('replays an empty log without dividing by zero', () => {
    const r = tokenReplay(document, logOf());
    expect(r).toMatchObject({ fitness: 1, precision: 1, cases: 0 });
  });
});
