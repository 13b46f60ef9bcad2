/**
 * Accuracy against queueing theory (SPEC.md SIM-ACC-*): each test states its formula. The
 * simulated mean must lie within 2 % of the formula and the formula within the 95 % interval.
 * Case counts and replications are chosen so each test takes well under a second.
 */
import { describe, it, expect } from 'vitest';
import { build, gallery, type ProcessDocument } from '@flowsmith/model';
import { aggregate, runReplicationSync, type Scenario, type SimulationSummary } from '../index';

const { processOf, role, start, task, end, chain, fixed } = build;

function simulate(
  doc: ProcessDocument,
  scenario: Scenario,
  replications: number,
): SimulationSummary {
  const results = Array.from({ length: replications }, (_, i) =>
    runReplicationSync(doc, scenario, i),
  );
  return aggregate(results);
}

function expectNear(
  summary: SimulationSummary,
  metric: string,
  theory: number,
  tolerance = 0.02,
): void {
  const e = summary.metrics[metric]!;
  expect(Math.abs(e.mean - theory) / theory, `${metric}: ${e.mean} vs ${theory}`).toBeLessThan(
    tolerance,
  );
  expect(e.ci95[0], `${metric} interval [${e.ci95}] should hold ${theory}`).toBeLessThanOrEqual(
    theory,
  );
  expect(e.ci95[1], `${metric} interval [${e.ci95}] should hold ${theory}`).toBeGreaterThanOrEqual(
    theory,
  );
}

/** Erlang C: probability of waiting in M/M/c with offered load a = λ/μ. */
function erlangC(c: number, a: number): number {
  let sum = 0;
  let term = 1;
  for (let k = 0; k < c; k++) {
    if (k > 0) term *= a / k;
    sum += term;
  }
  const top = (term * a) / c / (1 - a / c);
  return top / (sum + top);
}

const single = (
  id: string,
  interarrival: number,
  service: number | ReturnType<typeof fixed>,
  capacity = 1,
): ProcessDocument =>
  processOf(id, {
    roles: [role('server', capacity, 60)],
    steps: [start('start', interarrival), task('serve', 'server', service), end()],
    flows: chain('start', 'serve', 'end'),
  });

describe('accuracy against queueing formulas', () => {
  it('SIM-ACC-1 M/M/1: W = 1 / (μ − λ), utilisation ρ = λ / μ', () => {
    // λ = 1/10, μ = 1/5: W = 1 / (0.2 − 0.1) = 10, ρ = 0.5, Lq = ρ² / (1 − ρ) = 0.5
    const s = simulate(single('mm1', 10, 5), { cases: 40_000, warmup: 2_000, seed: 11 }, 5);
    expectNear(s, 'cycleTime.mean', 10);
    expectNear(s, 'roles.server.utilization', 0.5);
    expectNear(s, 'roles.server.queueMean', 0.5, 0.05);
  });

  it('SIM-ACC-2 M/M/c (Erlang C): W = C(c, a) / (cμ − λ) + 1/μ', () => {
    // c = 3, λ = 1/2, μ = 1/4: a = 2, ρ = 2/3
    const c = 3;
    const lambda = 0.5;
    const mu = 0.25;
    const wq = erlangC(c, lambda / mu) / (c * mu - lambda);
    const s = simulate(single('mm3', 2, 4, c), { cases: 40_000, warmup: 2_000, seed: 12 }, 5);
    expectNear(s, 'cycleTime.mean', wq + 1 / mu);
    expectNear(s, 'steps.serve.waitMean', wq, 0.05);
  });

  it('SIM-ACC-3 the M/M/5 of ../shared/bench agrees with Erlang C (Wq = 1.525)', () => {
    const wq = erlangC(5, 4.5) / (5 - 4.5);
    expect(wq).toBeCloseTo(1.525, 3);
    // At ρ = 0.9 runs settle slowly; 2 % needs millions of cases (see the benchmark), here 5 %.
    const s = simulate(gallery.mm5, { cases: 100_000, warmup: 10_000, seed: 13 }, 4);
    expectNear(s, 'cycleTime.mean', wq + 1, 0.05);
  });

  it('SIM-ACC-4 M/D/1 (Pollaczek–Khinchine): Wq = ρ S / (2 (1 − ρ))', () => {
    // λ = 1/10, S = 6 fixed: ρ = 0.6, Wq = 0.6 · 6 / 0.8 = 4.5, W = 10.5
    const s = simulate(single('md1', 10, fixed(6)), { cases: 40_000, warmup: 2_000, seed: 14 }, 5);
    expectNear(s, 'cycleTime.mean', 10.5);
    expectNear(s, 'steps.serve.waitMean', 4.5, 0.05);
  });

  it('SIM-ACC-5 tandem of two stations (Jackson): W = 1/(μ1 − λ) + 1/(μ2 − λ)', () => {
    // λ = 1/10, station A mean 5, B mean 6: W = 1/(1/5 − 1/10) + 1/(1/6 − 1/10) = 10 + 15 = 25
    const doc = processOf('tandem', {
      roles: [role('first'), role('second')],
      steps: [start('start', 10), task('a', 'first', 5), task('b', 'second', 6), end()],
      flows: chain('start', 'a', 'b', 'end'),
    });
    const s = simulate(doc, { cases: 40_000, warmup: 2_000, seed: 15 }, 5);
    expectNear(s, 'cycleTime.mean', 1 / (1 / 5 - 1 / 10) + 1 / (1 / 6 - 1 / 10));
    expectNear(s, 'steps.b.waitMean', 15 - 6, 0.04);
  });

  it('SIM-ACC-6 rework loop with Bernoulli feedback (Jackson, Little): W = Σ ρi/(1 − ρi) / λ0', () => {
    // λ0 = 1/20, p = 0.2 back: λ = λ0 / 0.8 = 1/16 at both; ρwork = 5/16, ρcheck = 3/16
    const l0 = 1 / 20;
    const l = l0 / 0.8;
    const rho = [5 * l, 3 * l];
    const w = rho.reduce((a, r) => a + r / (1 - r), 0) / l0;
    const s = simulate(gallery.reworkLoop, { cases: 40_000, warmup: 2_000, seed: 16 }, 5);
    expectNear(s, 'cycleTime.mean', w);
    expectNear(s, 'steps.work.count', 40_000 * 1.25, 0.01);
  });

  it('SIM-ACC-7 fork-join with fixed durations is exact: 10 + max(20, 30) + 5 = 45', () => {
    const doc: ProcessDocument = {
      ...gallery.andSplitJoin,
      steps: gallery.andSplitJoin.steps.map((st) =>
        st.type === 'start' ? { ...st, arrival: { interarrival: fixed(100) } } : st,
      ),
    };
    const s = simulate(doc, { cases: 500, warmup: 0, seed: 17 }, 2);
    expect(s.cycleTime.mean).toBe(45);
    expect(s.cycleTime.max).toBe(45);
    expect(s.metrics['cycleTime.mean']!.halfWidth).toBe(0);
  });

  it('SIM-ACC-8 a role working 9–18 on weekdays has 45/168 of the week: saturated, 1000 × 10 min ends Thursday 13:40 of week 4', () => {
    const doc = processOf('office', {
      roles: [{ id: 'clerk', name: 'clerk', capacity: 1, calendar: 'office' }],
      calendars: [
        {
          id: 'office',
          week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '18:00' }],
        },
      ],
      steps: [
        { id: 'start', type: 'start', name: 'start', arrival: { interarrival: fixed(0.001) } },
        task('work', 'clerk', fixed(10)),
        end(),
      ],
      flows: chain('start', 'work', 'end'),
    });
    const r = runReplicationSync(doc, { cases: 1000, warmup: 0, seed: 1 }, 0);
    // 10,000 min of work = 3 weeks of 45 h + 1,900 min: Mon, Tue, Wed 540 each, 280 on Thursday.
    expect(r.endTime).toBeCloseTo(3 * 10080 + 3 * 1440 + 9 * 60 + 280, 6);
    expect(r.steps.work!.count).toBe(1000);
  });

  it('SIM-ACC-9 with arrivals in working hours only, utilisation is λS of the open time', () => {
    // Arrivals every 20 min of working time, service 10: ρ = 0.5 of the open hours.
    const week = [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, from: '09:00', to: '18:00' },
    ];
    const doc = processOf('officeQueue', {
      roles: [{ id: 'clerk', name: 'clerk', capacity: 1, calendar: 'office' }],
      calendars: [{ id: 'office', week: week.map((w) => ({ ...w, days: [...w.days] })) }],
      steps: [
        {
          id: 'start',
          type: 'start',
          name: 'start',
          arrival: { interarrival: { dist: 'exponential', mean: 20 }, calendar: 'office' },
        },
        task('work', 'clerk', 10),
        end(),
      ],
      flows: chain('start', 'work', 'end'),
    });
    const s = simulate(doc, { horizon: '40w', warmup: '1w', seed: 18 }, 4);
    expectNear(s, 'roles.clerk.utilization', 0.5);
    // Throughput is the arrival rate averaged over the whole week: 3 per hour × 45/168.
    expectNear(s, 'throughputPerHour', 3 * (45 / 168), 0.03);
  });

  it('SIM-ACC-10 xor by probability: the shares of cases follow the probabilities', () => {
    const s = simulate(gallery.xorSplitJoin, { cases: 20_000, warmup: 0, seed: 19 }, 2);
    const small = s.steps.small!.count;
    const large = s.steps.large!.count;
    expect(Math.abs(large / (small + large) - 0.3)).toBeLessThan(0.01);
  });

  it('SIM-ACC-11 xor by condition over case data: amount uniform on [0, 2000] sends half above 1000', () => {
    const s = simulate(
      gallery.xorSplitJoin,
      {
        cases: 20_000,
        warmup: 0,
        seed: 20,
        attributes: { amount: { dist: 'uniform', min: 0, max: 2000 } },
      },
      2,
    );
    const share = s.steps.large!.count / (s.steps.small!.count + s.steps.large!.count);
    expect(Math.abs(share - 0.5)).toBeLessThan(0.01);
  });

  it('SIM-ACC-12 a timer holds the case for its duration without a role', () => {
    const s = simulate(gallery.timerWait, { cases: 2_000, warmup: 0, seed: 21 }, 2);
    expect(s.steps.wait!.serviceMean).toBe(60);
    expect(s.steps.wait!.waitMean).toBe(0);
    expect(s.cycleTime.p50).toBeGreaterThan(60);
  });

  it('SIM-ACC-13 a subprocess runs its child document inline, sharing roles by id', () => {
    const s = aggregate([
      runReplicationSync(gallery.withSubprocess, { cases: 2_000, warmup: 0, seed: 22 }, 0, {
        resolveProcess: (id) => (id === 'sequence3' ? gallery.sequence3 : undefined),
      }),
    ]);
    expect(Object.keys(s.steps)).toEqual(['a', 'sub/a', 'sub/b', 'sub/c']);
    expect(s.steps['sub/c']!.count).toBe(2_000);
    expect(s.unfinished).toBe(0);
  });

  it('SIM-ACC-14 a task without a role takes its time without queueing', () => {
    const doc = processOf('noRole', {
      steps: [start('start', 1), task('auto', undefined, fixed(30)), end()],
      flows: chain('start', 'auto', 'end'),
    });
    const s = simulate(doc, { cases: 1_000, warmup: 0, seed: 23 }, 1);
    expect(s.cycleTime.max).toBeCloseTo(30, 9);
    expect(s.wip.mean).toBeGreaterThan(20);
  });

  it('SIM-ACC-15 nested parallel branches inside an xor finish every case', () => {
    const s = simulate(gallery.nestedParallel, { cases: 3_000, warmup: 0, seed: 24 }, 2);
    expect(s.unfinished).toBe(0);
    expect(s.steps.p1!.count).toBe(s.steps.p2!.count);
  });
});

describe('calendar modes and case data', () => {
  const office = (mode: 'pause' | 'finish') => {
    const doc = build.processOf('late', {
      roles: [{ id: 'clerk', name: 'clerk', capacity: 1, calendar: 'office' }],
      calendars: [
        {
          id: 'office',
          week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '18:00' }],
        },
      ],
      // One case arrives Monday 17:00 and needs 2 h of work.
      steps: [
        { id: 'start', type: 'start', name: 'start', arrival: { interarrival: fixed(17 * 60) } },
        task('work', 'clerk', fixed(120)),
        end(),
      ],
      flows: chain('start', 'work', 'end'),
    });
    return runReplicationSync(doc, { cases: 1, warmup: 0, calendarMode: mode }, 0);
  };

  it('SIM-CAL-3 pause: work in progress at 18:00 continues Tuesday 09:00; finish: it runs on to 19:00', () => {
    expect(office('pause').endTime).toBe(1440 + 10 * 60);
    expect(office('finish').endTime).toBe(19 * 60);
  });

  it('SIM-SEM-3 a categorical attribute routes by condition in its shares', () => {
    const doc = build.processOf('regions', {
      roles: [role('clerk', 2)],
      steps: [
        start('start', 10),
        build.gate('x', 'xor'),
        task('north', 'clerk', 1),
        task('south', 'clerk', 1),
        end(),
      ],
      flows: [
        build.flow('start', 'x'),
        build.flow('x', 'north', { condition: 'region == "north"' }),
        build.flow('x', 'south', { default: true }),
        build.flow('north', 'end'),
        build.flow('south', 'end'),
      ],
    });
    const s = simulate(
      doc,
      { cases: 10_000, warmup: 0, attributes: { region: { choice: { north: 1, south: 3 } } } },
      1,
    );
    expect(Math.abs(s.steps.north!.count / 10_000 - 0.25)).toBeLessThan(0.015);
  });
});
