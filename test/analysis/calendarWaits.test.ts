import { describe, expect, it } from 'vitest';
import { build, type ProcessDocument } from '@flowsmith/model';
import { analyze } from '@flowsmith/analysis';
import { aggregate, prepareSimulation, runReplicationSync } from '@flowsmith/simulation';

// Issue 18 item 8: the analytic estimate counts the waits closed hours cause. One clerk at work
// Mon–Fri 09:00–17:00, cases around the clock (exponential, mean 60 min), work exponential 10 min
// (70 % of the open week). Before, the estimate was 140 min; the simulation ~1,325 min.
function monFri(): ProcessDocument {
  const { processOf, start, end, task, flow } = build;
  return processOf('mon-fri', {
    calendars: [
      {
        id: 'office',
        week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }],
      },
    ],
    roles: [{ id: 'clerk', name: 'clerk', capacity: 1, calendar: 'office' }],
    steps: [start('start', 60), task('handle', 'clerk', 10), end()],
    flows: [flow('start', 'handle'), flow('handle', 'end')],
  });
}

describe('calendar-aware estimate against the simulation', () => {
  it('the Mon–Fri case agrees within 5 %', () => {
    const doc = monFri();
    const plan = prepareSimulation(doc, { cases: 10_000, replications: 4, seed: 7 });
    const runs = [0, 1, 2, 3].map((i) => runReplicationSync(plan, undefined, i));
    const simulated = aggregate(runs).cycleTime.mean;
    const estimated = analyze(doc, { suggestions: false }).metrics.cycleTime.mean;
    expect(simulated).toBeGreaterThan(1000); // the closed hours dominate
    expect(Math.abs(estimated - simulated) / simulated).toBeLessThan(0.05);
  });
});
