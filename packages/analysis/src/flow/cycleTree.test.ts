import { describe, it, expect } from 'vitest';
import { build } from '@flowsmith/model';
import { computeFigures } from './computeMetrics';

const { processOf, start, end, task, gate, flow, chain, role, fixed } = build;

describe('cycle tree', () => {
  it('a parallel block nested in a branch counts once: max(a, max(b, c))', () => {
    //            ┌── a (10) ─────────────────┐
    // start → f1 ┤                           ├ j1 → end
    //            └── f2 ┬ b (20) ┬ j2 ───────┘
    //                   └ c (30) ┘
    const doc = processOf('nested', {
      roles: [role('clerk', 3)],
      steps: [
        start('start'),
        gate('f1', 'and'),
        { ...task('a', 'clerk', 10), duration: fixed(10) },
        gate('f2', 'and'),
        { ...task('b', 'clerk', 20), duration: fixed(20) },
        { ...task('c', 'clerk', 30), duration: fixed(30) },
        gate('j2', 'and'),
        gate('j1', 'and'),
        end(),
      ],
      flows: [
        ...chain('start', 'f1', 'a', 'j1', 'end'),
        flow('f1', 'f2'),
        ...chain('f2', 'b', 'j2', 'j1'),
        ...chain('f2', 'c', 'j2'),
      ],
    });
    const m = computeFigures(doc).metrics;
    expect(m.cycleTime.mean).toBeCloseTo(30, 12);
    expect(m.cycleTime.touch).toBeCloseTo(30, 12);
    expect(m.processTime).toBeCloseTo(60, 12);
    expect(m.criticalPath).toEqual(['c']);
  });
});
