import { describe, it, expect } from 'vitest';
import { build } from '@flowsmith/model';
import { computeFigures } from '../flow/computeMetrics';
import { WEEK_MINUTES } from '../calendarWait/weekProfile';
import { batchFigures } from './batchFigures';

const flat = new Float64Array(WEEK_MINUTES).fill(1);
const tuesday = {
  id: 'tue',
  week: [{ days: ['tue' as const], from: '10:00', to: '12:00' }],
};

describe('batches in the estimate', () => {
  it('a batch of 5 at 0.1 cases per minute gathers for (5 − 1) / (2 · 0.1) = 20 min', () => {
    const b = batchFigures({ size: 5, perCase: 0.5 }, 0.1, flat, new Map());
    expect(b).toEqual({ size: 5, gather: 20, durationFactor: 1 + 0.5 * 4 });
  });

  it('a weekly committee holds a case half a week; a window caps it', () => {
    const weekly = batchFigures({ schedule: 'tue' }, 0.01, flat, new Map([['tue', tuesday]]));
    expect(weekly.gather).toBeCloseTo(WEEK_MINUTES / 2, 6);
    expect(weekly.size).toBeCloseTo(0.01 * WEEK_MINUTES, 9);
    const capped = batchFigures(
      { schedule: 'tue', window: { value: 1, unit: 'd' } },
      0.01,
      flat,
      new Map([['tue', tuesday]]),
    );
    // Window alone: (W + r·W²/2) / (1 + r·W), W = 1,440, r = 0.01.
    expect(capped.gather).toBeCloseTo((1440 + (0.01 * 1440 ** 2) / 2) / (1 + 14.4), 9);
  });

  it('the role works a batch once: its work per case is shared', () => {
    const { processOf, start, end, task, flow, fixed, role } = build;
    const doc = processOf('pay-run', {
      roles: [role('payroll', 1, 60)],
      steps: [start('start', 10), task('pay', 'payroll', fixed(30), { batch: { size: 5 } }), end()],
      flows: [flow('start', 'pay'), flow('pay', 'end')],
    });
    const { metrics } = computeFigures(doc);
    expect(metrics.roles.payroll!.workPerCase).toBeCloseTo(6, 12);
    expect(metrics.roles.payroll!.utilization).toBeCloseTo(0.6, 12);
    expect(metrics.costPerCase).toBeCloseTo(6, 12);
    // Each case waits for four more (20 min on average) and for the batch's 30 minutes.
    expect(metrics.steps.pay!.waitMean).toBeGreaterThan(20);
    expect(metrics.steps.pay!.serviceMean).toBe(30);
  });
});
