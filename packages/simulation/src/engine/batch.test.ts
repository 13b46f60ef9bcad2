/**
 * Batch work (SPEC.md SIM-BATCH-1..3): deterministic arrivals and durations, so every wait is
 * known by hand.
 */
import { describe, it, expect } from 'vitest';
import { build, type Batch, type Calendar, type ProcessDocument } from '@flowsmith/model';
import { runReplicationSync } from '../index';

const { processOf, role, task, end, chain, fixed } = build;

/** Cases every minute (at 1, 2, 3, …) into a batched task of a one-clerk role. */
function batched(
  batch: Batch,
  duration: number,
  extra: Partial<ProcessDocument> = {},
  gap = 1,
): ProcessDocument {
  return processOf('batch', {
    roles: [role('clerk', 1, 60)],
    steps: [
      { id: 'start', type: 'start', name: 'start', arrival: { interarrival: fixed(gap) } },
      task('pay', 'clerk', fixed(duration), { batch }),
      end(),
    ],
    flows: chain('start', 'pay', 'end'),
    ...extra,
  });
}

describe('batch', () => {
  it('SIM-BATCH-1 a batch of 5 with a fixed cycle: waits 4, 3, 2, 1, 0; one duration × (1 + 0.25 × 4)', () => {
    // Batch k fires when case 5k arrives (t = 5k) and takes 2 × (1 + 0.25 × 4) = 4 minutes, done
    // before the next fires: the step's mean wait is (4 + 3 + 2 + 1 + 0) / 5 = 2, cycle 2 + 4 = 6.
    // The clerk works 10 batches × 4 = 40 minutes in the window [1, 50] (counted once per batch),
    // so utilisation 40 / 49; a batch costs 4 min at 60/h = 4, shared by 5 cases: 0.8 each.
    const r = runReplicationSync(
      batched({ size: 5, perCase: 0.25 }, 2),
      { cases: 50, warmup: 0, seed: 1 },
      0,
    );
    expect(r.steps.pay!.count).toBe(50);
    expect(r.steps.pay!.waitMean).toBeCloseTo(2, 12);
    expect(r.steps.pay!.serviceMean).toBeCloseTo(4, 12);
    expect(r.cycleTime.mean).toBeCloseTo(6, 12);
    expect(r.roles.clerk!.utilization).toBeCloseTo(40 / 49, 12);
    expect(r.costPerCase).toBeCloseTo(0.8, 12);
    expect(r.unfinished).toBe(0);
  });

  it('SIM-BATCH-2 a window of 2 minutes fires before a case arriving at the same instant joins', () => {
    // Case 1 at t = 1 opens a window due at 3; at 3 the window fires first (SIM-KER-1: timers
    // before arrivals) with cases 1 and 2; case 3 opens the next window, and so on: waits 2, 1.
    const r = runReplicationSync(
      batched({ size: 5, window: { value: 2, unit: 'min' } }, 1),
      { cases: 20, warmup: 0, seed: 1 },
      0,
    );
    expect(r.steps.pay!.waitMean).toBeCloseTo(1.5, 12);
    expect(r.cycleTime.mean).toBeCloseTo(2.5, 12);
  });

  it('SIM-BATCH-3 a weekly schedule: a committee that meets on Tuesdays at 10:00 takes every case waiting', () => {
    // One case a day at 00:00 from Tuesday (t = 1440 k); the committee opens at Tuesday 10:00,
    // t = 2040 + 10080 j. Each case waits for the first opening after it arrives.
    const committee: Calendar = {
      id: 'committee',
      name: 'committee',
      week: [{ days: ['tue'], from: '10:00', to: '11:00' }],
    };
    const doc = batched({ schedule: 'committee' }, 60, { calendars: [committee] }, 1440);
    const r = runReplicationSync(doc, { cases: 14, warmup: 0, seed: 1 }, 0, { recordLog: true });
    let sum = 0;
    for (let k = 1; k <= 14; k++) {
      const t = 1440 * k;
      const opening = 2040 + 10080 * Math.ceil((t - 2040 + 1e-9) / 10080);
      sum += opening - t;
    }
    expect(r.steps.pay!.waitMean).toBeCloseTo(sum / 14, 9);
    const starts = new Set(r.log!.map((e) => e.start));
    expect([...starts].sort((a, b) => a - b)).toEqual([2040, 12120, 22200]);
  });

  it('SIM-BATCH-1 a batch that can never fire is refused', () => {
    expect(() => runReplicationSync(batched({ perCase: 1 }, 1), { cases: 5 }, 0)).toThrow(
      /can never start/,
    );
  });
});
