import { describe, it, expect } from 'vitest';
import { computeFigures } from '../flow/computeMetrics';
import { fluidWait, weightedMean } from './fluidWait';
import { monFriFixture } from './monFriFixture';
import { weekProfile, WEEK_MINUTES } from './weekProfile';

const flat = (x: number) => new Float64Array(WEEK_MINUTES).fill(x);

describe('fluidWait: the closed hours by hand', () => {
  it('a role saturated by the night: backlog worked off at opening', () => {
    // One person at work 12:00–24:00 every day; work arrives around the clock at 0.25 min per
    // minute. By noon 180 min of work wait; at opening they drain at 0.75 per minute (240 min).
    // A case arriving t minutes after midnight waits (720 − t) + 0.25 t; one arriving τ after
    // noon during the drain waits 180 − 0.75 τ. Over the day: (324,000 + 21,600) / 1,440 = 240.
    const servers = weekProfile({
      id: 'pm',
      week: [
        { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: '12:00', to: '24:00' },
      ],
    });
    const wait = fluidWait(flat(0.25), servers)!;
    expect(weightedMean(wait, flat(1))).toBeCloseTo(240, 0);
    expect(wait[0]).toBeCloseTo(720, 6); // midnight: the whole morning to opening, nothing ahead
    expect(wait[719]).toBeCloseTo(720 - 0.75 * 719, 6);
    expect(wait[720 + 240]).toBeCloseTo(0, 6); // drained four hours after opening
  });

  it('Mon–Fri 09–17 with almost no work: the wait for opening is Σ gap² / (2 · week)', () => {
    const office = weekProfile(monFriFixture().calendars![0]);
    const wait = fluidWait(flat(1e-9), office)!;
    // Four 16-hour nights and a 64-hour weekend.
    const expected = (4 * 960 ** 2 + 3840 ** 2) / (2 * WEEK_MINUTES);
    expect(weightedMean(wait, flat(1))).toBeCloseTo(expected, 0);
  });

  it('refuses a week with more work than working time', () => {
    const office = weekProfile(monFriFixture().calendars![0]);
    expect(fluidWait(flat(0.3), office)).toBeNull(); // 40 h of 168 is 0.238 of the week
  });
});

describe('calendar-aware estimate of the Mon–Fri case', () => {
  it('adds the wait for opening and the weekend backlog to the queue', () => {
    const f = computeFigures(monFriFixture(60, 10));
    const step = f.metrics.steps.handle!;
    // Random queue at 70 % of the open week for the quarter of cases that come in office hours
    // (98 × 0.238), the work's overnight stretch (10 × 3.2), and the fluid closed-hours wait.
    expect(f.metrics.roles.clerk!.utilization).toBeCloseTo(0.7, 9);
    expect(f.calendar.closedWait[1]).toBeGreaterThan(914); // the opening wait alone
    expect(step.waitMean).toBeCloseTo(
      98 * (40 / 168) + 10 * (168 / 40 - 1) + f.calendar.closedWait[1]!,
      6,
    );
    // The simulation (5 × 20,000 cases, seed 1) gives 1,325 ± 19 min; before the closed hours
    // counted the estimate was 140 min. test/analysis/calendarWaits.test.ts runs it live.
    expect(f.metrics.cycleTime.mean).toBeGreaterThan(1325 * 0.97);
    expect(f.metrics.cycleTime.mean).toBeLessThan(1325 * 1.03);
  });

  it('a role on the same calendar as the arrivals waits for no opening', () => {
    const doc = monFriFixture(60, 10);
    doc.steps[0] = {
      id: 'start',
      type: 'start',
      name: 'start',
      arrival: { interarrival: { dist: 'exponential', mean: 60 }, calendar: 'office' },
    };
    const f = computeFigures(doc);
    expect(f.calendar.closedWait[1]).toBe(0);
  });
});
