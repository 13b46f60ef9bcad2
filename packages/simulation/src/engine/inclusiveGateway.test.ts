/**
 * Inclusive (OR) split and join (SPEC.md SIM-SEM-7), against enumeration of the branch subsets.
 *
 *            ┌→ a (exp 10) ─┐
 *   start → split           join → end      a with probability 0.6, b with 0.5, each on its own;
 *            └→ b (exp 20) ─┘               neither → the likelier flow (a)
 */
import { describe, it, expect } from 'vitest';
import { build, type ProcessDocument } from '@flowsmith/model';
import { aggregate, runReplicationSync } from '../index';

const { twoBranches, processOf, start, task, end, flow, gate } = build;

function orBlock(
  pa: number | undefined,
  pb: number | undefined,
  extra: Partial<ProcessDocument> = {},
): ProcessDocument {
  return {
    ...twoBranches('or', {
      split: 'or',
      interarrival: 60,
      durations: [10, 20],
      branches: [
        pa === undefined ? {} : { probability: pa },
        pb === undefined ? {} : { probability: pb },
      ],
    }),
    ...extra,
  };
}

/** Shares of each subset of {a, b} by enumeration: 4 outcomes of two independent draws. */
function subsetShares(pa: number, pb: number): Record<string, number> {
  const shares: Record<string, number> = { ab: 0, a: 0, b: 0 };
  for (const takeA of [true, false]) {
    for (const takeB of [true, false]) {
      const p = (takeA ? pa : 1 - pa) * (takeB ? pb : 1 - pb);
      const key = (takeA ? 'a' : '') + (takeB ? 'b' : '') || (pa >= pb ? 'a' : 'b');
      shares[key]! += p;
    }
  }
  return shares;
}

describe('inclusive (OR) gateway', () => {
  it('SIM-SEM-7 branch subsets by probability and one join firing per case match enumeration', () => {
    const shares = subsetShares(0.6, 0.5); // ab 0.3, a 0.3 + 0.2 (none → a), b 0.2
    expect(shares).toEqual({ ab: 0.3, a: 0.5, b: 0.2 });
    const r = runReplicationSync(orBlock(0.6, 0.5), { cases: 20_000, warmup: 0, seed: 7 }, 0, {
      recordTraces: true,
    });
    expect(r.unfinished).toBe(0);
    const seen: Record<string, number> = { ab: 0, a: 0, b: 0 };
    let joins = 0;
    for (const t of r.traces!) {
      const split = t.steps.find((e) => e.step === 'split')!;
      const key = split.flows!.map((f) => f.slice('split-'.length)).join('');
      seen[key]!++;
      joins += t.steps.filter((e) => e.step === 'join').length;
    }
    for (const key of ['ab', 'a', 'b']) expect(seen[key]! / 20_000).toBeCloseTo(shares[key]!, 1.5);
    expect(joins).toBe(20_000);
    expect(r.steps.a!.count / 20_000).toBeCloseTo(0.8, 1.5);
    expect(r.steps.b!.count / 20_000).toBeCloseTo(0.5, 1.5);
  });

  it('SIM-SEM-7 cycle time: the mixture 0.3 E[max(A, B)] + 0.5 E[A] + 0.2 E[B] = 16', () => {
    // E[max] of exponentials with means 10 and 20: 10 + 20 − 1 / (1/10 + 1/20) = 23.33;
    // 0.3 × 23.33 + 0.5 × 10 + 0.2 × 20 = 7 + 5 + 4 = 16 (no queues: tasks without a role).
    const s = aggregate(
      Array.from({ length: 5 }, (_, i) =>
        runReplicationSync(orBlock(0.6, 0.5), { cases: 20_000, warmup: 0, seed: 8 }, i),
      ),
    );
    const e = s.metrics['cycleTime.mean']!;
    expect(Math.abs(e.mean - 16) / 16).toBeLessThan(0.02);
    expect(e.ci95[0]).toBeLessThanOrEqual(16);
    expect(e.ci95[1]).toBeGreaterThanOrEqual(16);
  });

  it('SIM-SEM-7 by condition: every flow whose condition holds, the default when none does', () => {
    // x uniform on [0, 1]: x > 0.6 takes a and b (0.4), 0.3 < x ≤ 0.6 only a (0.3), else c (0.3).
    const doc = processOf('orc', {
      steps: [
        start('start', 60),
        gate('split', 'or'),
        task('a', undefined, 1),
        task('b', undefined, 1),
        task('c', undefined, 1),
        gate('join', 'or'),
        end(),
      ],
      flows: [
        flow('start', 'split'),
        flow('split', 'a', { condition: 'x > 0.3' }),
        flow('split', 'b', { condition: 'x > 0.6' }),
        flow('split', 'c', { default: true }),
        flow('a', 'join'),
        flow('b', 'join'),
        flow('c', 'join'),
        flow('join', 'end'),
      ],
    });
    const r = runReplicationSync(
      doc,
      { cases: 10_000, warmup: 0, seed: 9, attributes: { x: { dist: 'uniform', min: 0, max: 1 } } },
      0,
      { recordTraces: true },
    );
    expect(r.unfinished).toBe(0);
    for (const t of r.traces!) {
      const x = t.data!.x as number;
      const want = x > 0.6 ? ['split-a', 'split-b'] : x > 0.3 ? ['split-a'] : ['split-c'];
      expect(t.steps.find((e) => e.step === 'split')!.flows).toEqual(want);
    }
    expect(r.steps.a!.count / 10_000).toBeCloseTo(0.7, 1.5);
    expect(r.steps.c!.count / 10_000).toBeCloseTo(0.3, 1.5);
  });
});
