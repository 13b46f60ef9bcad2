import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { WEEKDAYS, type Calendar } from '@flowsmith/model';
import { WorkCalendar } from './WorkCalendar';
import { clockMinutes } from './clockMinutes';

const officeCalendar: Calendar = {
  id: 'office',
  week: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '12:00' },
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '13:00', to: '18:00' },
  ],
};
const office = new WorkCalendar(officeCalendar);
const H = 60;
const D = 1440;

describe('WorkCalendar', () => {
  it('SIM-CAL-1 with the default start time 0 is Monday 00:00; opening hours repeat every week', () => {
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

  it('SIM-CAL-1 hours may have seconds, and a block may end at 24:00', () => {
    expect(clockMinutes('09:30:30')).toBe(570.5);
    expect(clockMinutes('24:00')).toBe(1440);
    expect(clockMinutes('24:00:00')).toBe(1440);
    for (const bad of ['24:00:01', '09:60', '09:00:60', '9', '09:00:5']) {
      expect(clockMinutes(bad)).toBeNaN();
    }
    const fine = new WorkCalendar({
      id: 'f',
      week: [{ days: ['sun'], from: '23:59:30', to: '24:00' }],
    });
    expect(fine.openPerWeek).toBe(0.5);
    expect(fine.nextOpen(0)).toBe(6 * D + 1439.5);
  });

  it('SIM-CAL-5 a phase moves time 0 to any moment of the week', () => {
    // Simulation time 0 = Wednesday 10:00.
    const phase = 2 * D + 10 * H;
    const wed = new WorkCalendar(officeCalendar, phase);
    expect(wed.isOpen(0)).toBe(true);
    expect(wed.nextOpen(2 * H)).toBe(3 * H); // 12:00 → 13:00
    expect(wed.closesAt(0)).toBe(2 * H);
    expect(wed.addWorkingTime(0, 3 * H)).toBe(4 * H); // 2 h before lunch, 1 h after
    // Friday 18:00 is 2 days 8 hours after; the next opening is Monday 09:00.
    expect(wed.nextOpen(2 * D + 8 * H)).toBe(4 * D + 23 * H);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 3 * 7 * D, noNaN: true }),
        fc.double({ min: 0, max: 100 * H, noNaN: true }),
        fc.integer({ min: 0, max: 7 * D - 1 }),
        (t, work, p) => {
          const shifted = new WorkCalendar(officeCalendar, p);
          expect(shifted.isOpen(t)).toBe(office.isOpen(t + p));
          expect(shifted.nextOpen(t)).toBeCloseTo(office.nextOpen(t + p) - p, 6);
          expect(shifted.addWorkingTime(t, work)).toBeCloseTo(
            office.addWorkingTime(t + p, work) - p,
            6,
          );
          expect(shifted.openBetween(t, t + work)).toBeCloseTo(
            office.openBetween(t + p, t + p + work),
            6,
          );
          expect(shifted.nextOpening(t)).toBeCloseTo(office.nextOpening(t + p) - p, 6);
          expect(shifted.nextOpen(t)).toBeGreaterThanOrEqual(t);
        },
      ),
    );
  });

  it('SIM-CAL-6 openings: the instants a closed calendar opens, for batch schedules', () => {
    expect(office.nextOpening(0)).toBe(9 * H);
    expect(office.nextOpening(9 * H)).toBe(9 * H);
    expect(office.nextOpeningAfter(9 * H)).toBe(13 * H);
    expect(office.nextOpening(4 * D + 13.5 * H)).toBe(7 * D + 9 * H);
    // Sunday 22:00 to Monday 06:00 is one spell: it opens on Sunday only.
    const night = new WorkCalendar({
      id: 'n',
      week: [
        { days: ['sun'], from: '22:00', to: '24:00' },
        { days: ['mon'], from: '00:00', to: '06:00' },
      ],
    });
    expect(night.nextOpening(0)).toBe(6 * D + 22 * H);
    expect(night.nextOpeningAfter(6 * D + 22 * H)).toBe(13 * D + 22 * H);
    expect(night.closesAt(6 * D + 23 * H)).toBe(7 * D + 6 * H);
    expect(night.closesAt(0)).toBe(6 * H);
    expect(night.closesAt(10 * H)).toBe(10 * H);
    const always = new WorkCalendar({
      id: 'a',
      week: [{ days: [...WEEKDAYS], from: '00:00', to: '24:00' }],
    });
    expect(always.nextOpening(5)).toBe(Infinity);
    expect(always.closesAt(5)).toBe(Infinity);
  });
});
