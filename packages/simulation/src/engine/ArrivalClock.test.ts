import { describe, expect, it } from 'vitest';
import type { Calendar } from '@flowsmith/model';
import { WorkCalendar } from '../calendar/WorkCalendar';
import { RandomStream } from '../random/RandomStream';
import { ArrivalClock } from './ArrivalClock';

const H = 60;
const D = 1440;
const WEEK = 7 * D;

/** Prosimos's M3 arrival calendar (../shared/simulation-parity): Mon 09–17, Tue–Fri 09–15. */
const m3: Calendar = {
  id: 'm3',
  week: [
    { days: ['mon'], from: '09:00:00', to: '17:00:00' },
    { days: ['tue', 'wed', 'thu', 'fri'], from: '09:00', to: '15:00' },
  ],
};

/** Arrival times of `clock` with exponential gaps of mean `mean`, up to `until`. */
function arrivals(clock: ArrivalClock, mean: number, until: number, seed = 1): number[] {
  const rng = new RandomStream(seed);
  const out: number[] = [];
  let t = 0;
  for (;;) {
    t = clock.next(t, -mean * Math.log(rng.nextOpen()));
    if (t > until) return out;
    out.push(t);
  }
}

describe('ArrivalClock', () => {
  it('SIM-CAL-4 openTime: the gap counts open minutes only', () => {
    const cal = new WorkCalendar(m3);
    const clock = new ArrivalClock({ calendar: cal });
    expect(clock.next(0, 30)).toBe(9 * H + 30);
    expect(clock.next(16 * H, 2 * H)).toBe(D + 10 * H); // Monday 16:00 + 2 h → Tuesday 10:00
    expect(new ArrivalClock().next(5, 7)).toBe(12);
  });

  it('SIM-ARR-1 wallClock: the gap counts clock time; closed hours move to the next opening', () => {
    const clock = new ArrivalClock({ calendar: new WorkCalendar(m3), rule: 'wallClock' });
    expect(clock.next(9 * H, 30)).toBe(9 * H + 30);
    expect(clock.next(16 * H, 2 * H)).toBe(D + 9 * H); // lands Monday 18:00 → Tuesday 09:00
    expect(clock.next(0, 0)).toBe(9 * H);
  });

  it('SIM-ARR-1 wallClock adds the arrivals at each opening: +16.5 % on the M3 calendar (Prosimos README: +15.7 %)', () => {
    const cal = new WorkCalendar(m3);
    const mean = 3809.5238095238096 / 60; // Prosimos's gap, same nominal weekly rate as 24/7
    const weeks = 400;
    const open = arrivals(new ArrivalClock({ calendar: cal }), mean, weeks * WEEK).length;
    const wall = arrivals(
      new ArrivalClock({ calendar: cal, rule: 'wallClock' }),
      mean,
      weeks * WEEK,
    ).length;
    // Poisson in open time, plus one arrival at each of the 5 openings a week whose preceding
    // closed spell (16, 18, 18, 18, 66 h) the residual gap does not jump over.
    const closed = [16, 18, 18, 18, 66].map((h) => h * H);
    const perWeekOpen = cal.openPerWeek / mean;
    const extra = closed.reduce((a, c) => a + 1 - Math.exp(-c / mean), 0);
    const analytic = extra / perWeekOpen;
    expect(perWeekOpen).toBeCloseTo(WEEK / (20000 / 60), 9);
    expect(analytic).toBeCloseTo(0.1653, 4);
    expect(Math.abs(analytic - 0.157)).toBeLessThan(0.01);
    // Counts: Poisson sd of the open-time arrivals (the opening arrivals are near certain).
    const sd = Math.sqrt(weeks * perWeekOpen);
    expect(Math.abs(open - weeks * perWeekOpen)).toBeLessThan(4.5 * sd);
    expect(Math.abs(wall - weeks * (perWeekOpen + extra))).toBeLessThan(4.5 * sd);
    // The long-run rate the overload check uses says the same.
    const wallClock = new ArrivalClock({ calendar: cal, rule: 'wallClock' });
    expect(wallClock.ratePerMinute(mean) * WEEK).toBeCloseTo(perWeekOpen + extra, 9);
    expect(new ArrivalClock({ calendar: cal }).ratePerMinute(mean)).toBeCloseTo(
      cal.openShare / mean,
      12,
    );
    expect(wall / open - 1).toBeGreaterThan(0.12);
    expect(wall / open - 1).toBeLessThan(0.21);
  });

  it('SIM-ARR-2 profile: counts per hour of the week follow hours × days within Poisson noise', () => {
    const hours = Array.from({ length: 24 }, (_, h) =>
      h >= 8 && h < 18 ? 1 + (h === 10 ? 3 : 0) : 0.25,
    );
    const days = [2, 1, 1, 1, 1, 0.5, 0];
    const mean = 20;
    const weeks = 300;
    for (const calendar of [null, new WorkCalendar(m3, 3 * D + 7 * H)]) {
      const clock = new ArrivalClock({ calendar, profile: { hours, days }, phase: 3 * D + 7 * H });
      const phase = 3 * D + 7 * H; // time 0 = Thursday 07:00, with or without a calendar
      const counts = new Float64Array(168);
      for (const t of arrivals(clock, mean, weeks * WEEK, 4))
        counts[Math.floor(((((t + phase) % WEEK) + WEEK) % WEEK) / H)]!++;
      // Expected: intensity of the hour × its open minutes, scaled to average 1 over open time.
      const openIn = (h: number): number =>
        calendar ? calendar.openBetween(h * H - phase, (h + 1) * H - phase) : H;
      const weight = (h: number): number => hours[h % 24]! * days[Math.floor(h / 24)]!;
      const openMinutes = calendar ? calendar.openPerWeek : WEEK;
      let mass = 0;
      for (let h = 0; h < 168; h++) mass += weight(h) * openIn(h);
      let total = 0;
      for (let h = 0; h < 168; h++) {
        const expected = (weeks * weight(h) * openIn(h) * openMinutes) / mass / mean;
        total += expected;
        // 4.5 Poisson standard deviations (and the first, partial week).
        expect(Math.abs(counts[h]! - expected)).toBeLessThanOrEqual(4.5 * Math.sqrt(expected) + 2);
        if (expected === 0) expect(counts[h]).toBe(0);
      }
      // The weekly rate is that of the gaps over the open time: the profile only moves arrivals.
      expect(total).toBeCloseTo((weeks * openMinutes) / mean, 6);
    }
  });

  it('SIM-ARR-2 a profile maps gaps exactly through the cumulative intensity', () => {
    // Hours 00–12 weight 3, 12–24 weight 1: average 2, so intensity 1.5 then 0.5.
    const hours = Array.from({ length: 24 }, (_, h) => (h < 12 ? 3 : 1));
    const clock = new ArrivalClock({ profile: { hours } });
    expect(clock.next(0, 1.5 * H)).toBeCloseTo(H, 9);
    expect(clock.next(11 * H, 1.5 * H + 0.5 * H)).toBeCloseTo(13 * H, 9);
    expect(clock.next(0, 2 * D)).toBeCloseTo(2 * D, 9); // a day of intensity is a day
    const wall = new ArrivalClock({
      profile: { hours },
      rule: 'wallClock',
      calendar: new WorkCalendar({
        id: 'am',
        week: [{ days: ['mon'], from: '00:00', to: '12:00' }],
      }),
    });
    // Open 12 h a week at weight 3 → intensity 1; closed hours run at 1/3 and push to Monday.
    expect(wall.next(0, 6 * H)).toBeCloseTo(6 * H, 9);
    expect(wall.next(11 * H, 2 * H)).toBe(WEEK);
    // Long-run rate: 12 h of intensity 1 open; the closed rest of the week (Mon 12–24 at 1/3,
    // then six days of 12 h at 1 and 12 h at 1/3: 100 h of intensity time) almost surely holds
    // an arrival, sent to Monday 00:00.
    expect(wall.ratePerMinute(30) * WEEK).toBeCloseTo(720 / 30 + 1 - Math.exp(-(100 * H) / 30), 9);
    expect(wall.ratePerMinute(3000) * WEEK).toBeCloseTo(720 / 3000 + 1 - Math.exp(-2), 9);
    const counted = arrivals(wall, 30, 200 * WEEK, 6).length / 200;
    expect(Math.abs(counted - wall.ratePerMinute(30) * WEEK)).toBeLessThan(
      4.5 * Math.sqrt(25 / 200),
    );
  });

  it('SIM-ARR-3 a stream that can never produce a case says so', () => {
    const am = new WorkCalendar({
      id: 'am',
      week: [{ days: ['mon'], from: '08:00', to: '12:00' }],
    });
    const nightOnly = { hours: Array.from({ length: 24 }, (_, h) => (h < 6 ? 1 : 0)) };
    expect(new ArrivalClock({ calendar: am, profile: nightOnly }).neverArrives).toBe(true);
    expect(new ArrivalClock({ calendar: am, profile: nightOnly }).next(0, 1)).toBe(Infinity);
    expect(
      new ArrivalClock({ calendar: new WorkCalendar({ id: 'x', week: [] }) }).neverArrives,
    ).toBe(true);
    expect(new ArrivalClock({ calendar: am }).neverArrives).toBe(false);
  });
});
