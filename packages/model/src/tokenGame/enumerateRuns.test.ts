import { describe, it, expect } from 'vitest';
import { gallery } from '../testing/processes';
import { acceptsTrace } from './acceptsTrace';
import { enumerateRuns } from './enumerateRuns';

const ids = (steps: { stepId: string }[]) => steps.map((s) => s.stepId).join(' ');

describe('token game: runs', () => {
  it('TG-15 sequence3 has one complete run', () => {
    const { runs, truncated } = enumerateRuns(gallery.sequence3);
    expect(truncated).toBe(false);
    expect(runs.map((r) => [ids(r.steps), r.outcome])).toEqual([['start a b c end', 'complete']]);
  });

  it('TG-15 xorSplitJoin has one run per branch, naming the chosen flow', () => {
    const { runs } = enumerateRuns(gallery.xorSplitJoin);
    expect(runs.map((r) => ids(r.steps))).toEqual([
      'start split small merge end',
      'start split large merge end',
    ]);
    expect(runs[1]!.steps[1]).toEqual({ stepId: 'split', flowId: 'split-large' });
  });

  it('TG-15 andSplitJoin has both interleavings', () => {
    const { runs } = enumerateRuns(gallery.andSplitJoin);
    expect(runs.map((r) => ids(r.steps))).toEqual([
      'start a fork left right join z end',
      'start a fork right left join z end',
    ]);
  });

  it('TG-15 deadlocks and cut runs say how they ended', () => {
    expect(enumerateRuns(gallery.deadlockAfterXor).runs.map((r) => r.outcome)).toEqual([
      'deadlock',
      'deadlock',
    ]);
    const loop = enumerateRuns(gallery.livelock, { maxLength: 6 });
    expect(loop.runs).toEqual([
      { steps: ['start', 'a', 'b', 'a', 'b', 'a'].map((stepId) => ({ stepId })), outcome: 'cut' },
    ]);
  });

  it('TG-15 maxRuns truncates; every run is an accepted trace', () => {
    const r = enumerateRuns(gallery.reworkLoop, { maxLength: 40, maxRuns: 5 });
    expect(r.truncated).toBe(true);
    expect(r.runs.length).toBe(5);
    for (const run of enumerateRuns(gallery.nestedParallel).runs) {
      expect(
        acceptsTrace(gallery.nestedParallel, run.steps, { complete: run.outcome === 'complete' })
          .ok,
      ).toBe(true);
    }
  });
});
