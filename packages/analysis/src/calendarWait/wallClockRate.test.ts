import { describe, it, expect } from 'vitest';
import { build } from '@flowsmith/model';
import { computeFigures } from '../flow/computeMetrics';
import { wallClockRate } from './wallClockRate';
import { weekProfile, WEEK_MINUTES } from './weekProfile';

const office = {
  id: 'office',
  week: [
    {
      days: ['mon' as const, 'tue' as const, 'wed' as const, 'thu' as const, 'fri' as const],
      from: '09:00',
      to: '17:00',
    },
  ],
};

describe('arrivals under the wall-clock rule', () => {
  it('open time at 1/mean, plus one arrival per closed stretch a gap falls into', () => {
    // Mon–Fri 09–17: 2,400 open minutes, four 16-hour nights and a 64-hour weekend.
    const mean = 60;
    const expected =
      (2400 / mean + 4 * (1 - Math.exp(-960 / mean)) + (1 - Math.exp(-3840 / mean))) / WEEK_MINUTES;
    expect(wallClockRate(weekProfile(office), mean)).toBeCloseTo(expected, 12);
    expect(wallClockRate(weekProfile(undefined), mean)).toBeCloseTo(1 / mean, 12);
  });

  it('sets the analysed arrival rate of a wall-clock stream', () => {
    const { processOf, end, task, flow } = build;
    const doc = processOf('wc', {
      calendars: [office],
      roles: [{ id: 'r', name: 'r', capacity: 1 }],
      steps: [
        {
          id: 'start',
          type: 'start',
          name: 'start',
          arrival: {
            interarrival: { dist: 'exponential', mean: 600 },
            calendar: 'office',
            rule: 'wallClock',
          },
        },
        task('t', 'r', 5),
        end(),
      ],
      flows: [flow('start', 't'), flow('t', 'end')],
    });
    const wall = computeFigures(doc).metrics.arrivalRate;
    // Open time alone: 2,400 / 600 = 4 a week; each night and the weekend add nearly one more.
    expect(wall * WEEK_MINUTES).toBeCloseTo(
      4 + 4 * (1 - Math.exp(-960 / 600)) + (1 - Math.exp(-6.4)),
      9,
    );
  });
});
