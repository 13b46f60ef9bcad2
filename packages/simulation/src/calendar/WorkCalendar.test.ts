import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { WorkCalendar } from './WorkCalendar';

const office = new WorkCalendar({
  id: 'office',
  week: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '12:00' },
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '13:00', to: '18:00' },
  ],
});
const H = 60;
const D = 1440;

describe('WorkCalendar', () => {
  it('SIM-CAL-1 time 0 is Monday 00:00; opening hours repeat every week', () => {
    expect(office.isOpen(0)).toBe(false);
    expect(office.isOpen(9 * H)).toBe(true);
    expect(office.isOpen(12 * H)).toBe(false);
    expect(office.isOpen(5 * D + 10 * H)).toBe(false); // Saturday
    expect(office.isOpen(7 * D + 10 * H)).toBe(true);
    expect(office.openShare).toBeCloseTo((5 * 8) / (7 * 24), 12);
  });

  it('SIM-CAL-2 nextOpen finds the next opening, over lunch and the weekend', () => {
    expect(office.nextOpen(10 * H)).toBe(10 * H);
    expect(office.nextOpen(12 * H)).toBe(13 * H);
    expect(office.nextOpen(4 * D + 18 * H)).toBe(7 * D + 9 * H);
  });

  it('SIM-CAL-3 work in progress at closing time continues at the next opening', () => {
    // Friday 17:00 + 2 h of work: 1 h on Friday, 1 h on Monday from 09:00.
    expect(office.addWorkingTime(4 * D + 17 * H, 2 * H)).toBe(7 * D + 10 * H);
    // Exactly a week of work from Monday 09:00 ends Friday 18:00, not the Monday after.
    expect(office.addWorkingTime(9 * H, 40 * H)).toBe(4 * D + 18 * H);
  });

  it('SIM-CAL-4 the open time between t and addWorkingTime(t, w) is w', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 30 * D, noNaN: true }),
        fc.double({ min: 0, max: 200 * H, noNaN: true }),
        (t, w) => {
          const end = office.addWorkingTime(t, w);
          expect(office.openBetween(t, end)).toBeCloseTo(w, 6);
        },
      ),
    );
  });

  it('has no working time without blocks, and rejects malformed hours', () => {
    const never = new WorkCalendar({
      id: 'x',
      week: [{ days: ['mon'], from: '25:00', to: '26:00' }],
    });
    expect(never.openPerWeek).toBe(0);
    expect(never.nextOpen(0)).toBe(Infinity);
  });
});
