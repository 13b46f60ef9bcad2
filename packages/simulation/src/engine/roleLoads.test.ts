import { describe, it, expect } from 'vitest';
import { build, gallery } from '@flowsmith/model';
import { prepareSimulation } from '../runReplication';
import type { SimulationError } from '../messages';

describe('roleLoads (traffic equations)', () => {
  it('SIM-REF-1 loads follow visit ratios: rework loop visits 1/0.8 times, xor shares, and-splits copy', () => {
    // reworkLoop: λ = 1/20, 1.25 visits; work 5 → 0.3125, check 3 → 0.1875
    expect(prepareSimulation(gallery.reworkLoop, { cases: 10 }).loads).toEqual({
      clerk: expect.closeTo(0.3125, 9),
      checker: expect.closeTo(0.1875, 9),
    });
    // xorSplitJoin: λ = 1/10; small 0.7 × 5 / 2 clerks, large 0.3 × 8 / 1 manager
    const x = prepareSimulation(gallery.xorSplitJoin, { cases: 10 }).loads;
    expect(x.clerk).toBeCloseTo(0.175, 9);
    expect(x.manager).toBeCloseTo(0.24, 9);
    // andSplitJoin: λ = 1/100; clerk does a (10) and z (5) once per case
    expect(prepareSimulation(gallery.andSplitJoin, { cases: 10 }).loads.clerk).toBeCloseTo(0.15, 9);
  });

  it('divides by the share of open time of a role calendar and applies overrides', () => {
    const doc = build.processOf('office', {
      roles: [{ id: 'clerk', name: 'clerk', capacity: 1, calendar: 'office' }],
      calendars: [
        {
          id: 'office',
          week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '18:00' }],
        },
      ],
      steps: [build.start('start', 100), build.task('a', 'clerk', 10), build.end()],
      flows: build.chain('start', 'a', 'end'),
    });
    const share = 45 / 168;
    expect(prepareSimulation(doc, { cases: 10 }).loads.clerk).toBeCloseTo(0.1 / share, 9);
    const more = prepareSimulation(doc, {
      cases: 10,
      overrides: { arrivalRate: 2, capacity: { clerk: 4 }, duration: { a: 0.5 } },
    });
    expect(more.loads.clerk).toBeCloseTo((0.1 * 2 * 0.5) / 4 / share, 9);
  });

  it('reads an arrival rate per working day on the arrival calendar', () => {
    const doc = build.processOf('rate', {
      roles: [{ id: 'clerk', name: 'clerk', capacity: 1, calendar: 'office' }],
      calendars: [
        {
          id: 'office',
          week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '18:00' }],
        },
      ],
      steps: [
        {
          id: 'start',
          type: 'start',
          name: 'start',
          arrival: { rate: { count: 27, per: 'day' }, calendar: 'office' },
        },
        build.task('a', 'clerk', 10),
        build.end(),
      ],
      flows: build.chain('start', 'a', 'end'),
    });
    // 27 cases in a 540-minute working day, 10 minutes each, one clerk on the same hours: ρ = 0.5
    expect(prepareSimulation(doc, { cases: 10 }).loads.clerk).toBeCloseTo(0.5, 9);
  });

  it('reports a rate on a calendar that never opens as that, not as "no arrivals"', () => {
    const doc = build.processOf('closed', {
      roles: [{ id: 'clerk', name: 'clerk', capacity: 1 }],
      calendars: [{ id: 'closed', week: [] }],
      steps: [
        {
          id: 'start',
          type: 'start',
          name: 'start',
          arrival: { rate: { count: 5, per: 'day' }, calendar: 'closed' },
        },
        build.task('a', 'clerk', 10),
        build.end(),
      ],
      flows: build.chain('start', 'a', 'end'),
    });
    let codes: string[] = [];
    try {
      prepareSimulation(doc, { cases: 10 });
    } catch (e) {
      codes = (e as SimulationError).problems.map((p) => p.code);
    }
    expect(codes).toContain('sim.neverOpen');
  });
});
