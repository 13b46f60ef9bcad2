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

  it('SIM-REF-1 loads of or branches, batches and members', () => {
    const { processOf, role, start, task, end, flow, gate, fixed } = build;
    // λ = 1/10. Or split: a with 0.6, b with 0.5 (each on its own), neither (0.4 × 0.5) → a,
    // the likelier: a 0.8 × 0.1 × 4 on one clerk = 0.32. The join closes it. b: batches of 5, 10 × (1 + 0.25 × 4) = 20 per batch,
    // 4 per case: 0.05 × 4 = 0.2 on one batcher. c after the join: λ × mean of the members'
    // work (10 / 2 and 10 / 1 → 7.5) over 2 members = 0.375.
    const doc = processOf('loads', {
      roles: [
        role('clerk', 1),
        role('batcher', 1),
        { ...role('pair', 2), members: [{ id: 'fast', speed: 2 }, { id: 'slow' }] },
      ],
      steps: [
        start('start', 10),
        gate('split', 'or'),
        task('a', 'clerk', 4),
        task('b', 'batcher', fixed(10), { batch: { size: 5, perCase: 0.25 } }),
        gate('join', 'or'),
        task('c', 'pair', 10),
        end(),
      ],
      flows: [
        flow('start', 'split'),
        flow('split', 'a', { probability: 0.6 }),
        flow('split', 'b', { probability: 0.5 }),
        flow('a', 'join'),
        flow('b', 'join'),
        flow('join', 'c'),
        flow('c', 'end'),
      ],
    });
    const loads = prepareSimulation(doc, { cases: 10 }).loads;
    expect(loads.clerk).toBeCloseTo(0.32, 9);
    expect(loads.batcher).toBeCloseTo(0.2, 9);
    expect(loads.pair).toBeCloseTo(0.375, 9);
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
