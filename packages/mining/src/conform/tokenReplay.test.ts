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

  it('replays an empty log without dividing by zero', () => {
    const r = tokenReplay(document, logOf());
    expect(r).toMatchObject({ fitness: 1, precision: 1, cases: 0 });
  });
});
