/**
 * Members: named people with their own speed, durations, cost and calendar; a person shared by
 * several roles (SPEC.md SIM-RES-1..4). Each test states its hand calculation.
 */
import { describe, it, expect } from 'vitest';
import { build, type Calendar, type ProcessDocument, type Role } from '@flowsmith/model';
import { aggregate, runReplicationSync, type Scenario, type SimulationSummary } from '../index';

const { processOf, role, start, task, end, chain, fixed, flow } = build;

function simulate(
  doc: ProcessDocument,
  scenario: Scenario,
  replications: number,
): SimulationSummary {
  return aggregate(
    Array.from({ length: replications }, (_, i) => runReplicationSync(doc, scenario, i)),
  );
}

function expectWithin(
  s: SimulationSummary,
  metric: string,
  theory: number,
  tolerance: number,
): void {
  const e = s.metrics[metric]!;
  expect(Math.abs(e.mean - theory) / theory, `${metric}: ${e.mean} vs ${theory}`).toBeLessThan(
    tolerance,
  );
  expect(e.ci95[0], `${metric} [${e.ci95}] should hold ${theory}`).toBeLessThanOrEqual(theory);
  expect(e.ci95[1], `${metric} [${e.ci95}] should hold ${theory}`).toBeGreaterThanOrEqual(theory);
}

/** Erlang C mean wait of M/M/c. */
function mmcWait(c: number, lambda: number, mu: number): number {
  const a = lambda / mu;
  let sum = 0;
  let term = 1;
  for (let k = 0; k < c; k++) {
    if (k > 0) term *= a / k;
    sum += term;
  }
  const top = (term * a) / c / (1 - a / c);
  return top / (sum + top) / (c * mu - lambda);
}

/**
 * Two heterogeneous exponential servers, the longest-idle one taking a customer who finds both
 * free: a Markov chain with states 0a (A freed last, so B serves next), 0b, 1A, 1B and n ≥ 2
 * (both busy; p(n+1) = ρ p(n), ρ = λ / (μA + μB)). With p2 = 1 the balance equations
 *   (λ + μA) p1A = μB p1B + μB      (1A: in from 0b at λ p0b = μB p1B, from 2 at μB)
 *   (λ + μB) p1B = μA p1A + μA
 * give p1A, p1B; p0a = μA p1A / λ, p0b = μB p1B / λ. Returns W = L / λ and P(A busy), P(B busy).
 */
function twoServers(
  lambda: number,
  muA: number,
  muB: number,
): { w: number; busyA: number; busyB: number } {
  // Solve [[λ+μA, −μB], [−μA, λ+μB]] · [p1A, p1B] = [μB, μA].
  const a11 = lambda + muA;
  const a12 = -muB;
  const a21 = -muA;
  const a22 = lambda + muB;
  const det = a11 * a22 - a12 * a21;
  const p1A = (muB * a22 - a12 * muA) / det;
  const p1B = (a11 * muA - a21 * muB) / det;
  const p0 = (muA * p1A + muB * p1B) / lambda;
  const rho = lambda / (muA + muB);
  const tail = 1 / (1 - rho); // Σ_{n≥2} p_n with p2 = 1
  const total = p0 + p1A + p1B + tail;
  const l = (p1A + p1B + (2 - rho) / (1 - rho) ** 2) / total;
  return { w: l / lambda, busyA: (p1A + tail) / total, busyB: (p1B + tail) / total };
}

const clerks = (members: Role['members']): Role => ({ ...role('clerk', 2, 60), members });

describe('members (per-person resources)', () => {
  it('SIM-RES-1 two clerks at different speeds: the two-server chain, between M/M/2 of the slower and the faster', () => {
    // Task exponential mean 10; ann speed 2 (μA = 0.2), bob speed 1 (μB = 0.1); λ = 0.15.
    const lambda = 0.15;
    const doc = processOf('hetero', {
      roles: [clerks([{ id: 'ann', speed: 2 }, { id: 'bob' }])],
      steps: [start('start', 1 / lambda), task('serve', 'clerk', 10), end()],
      flows: chain('start', 'serve', 'end'),
    });
    const s = simulate(doc, { cases: 40_000, warmup: 2_000, seed: 21 }, 6);
    const theory = twoServers(lambda, 0.2, 0.1);
    const slow = mmcWait(2, lambda, 0.1) + 10;
    const fast = mmcWait(2, lambda, 0.2) + 5;
    expect(theory.w).toBeGreaterThan(fast);
    expect(theory.w).toBeLessThan(slow);
    expectWithin(s, 'cycleTime.mean', theory.w, 0.03);
    expect(s.metrics['cycleTime.mean']!.mean).toBeGreaterThan(fast);
    expect(s.metrics['cycleTime.mean']!.mean).toBeLessThan(slow);
    expectWithin(s, 'people.ann.utilization', theory.busyA, 0.03);
    expectWithin(s, 'people.bob.utilization', theory.busyB, 0.03);
    // SIM-RES-2: the role's utilisation is busy time over both clerks' open time.
    expectWithin(s, 'roles.clerk.utilization', (theory.busyA + theory.busyB) / 2, 0.03);
  });

  it('SIM-RES-3 a person in two roles is one server: two streams through two roles of one person make an M/M/1', () => {
    // λ1 = λ2 = 0.05, service exponential mean 5 in both roles: M/M/1 with λ = 0.1, μ = 0.2,
    // W = 1 / (μ − λ) = 10, sam busy ρ = 0.5, each role 0.25 of sam's time.
    const doc = processOf('shared', {
      roles: [
        { ...role('front', 1, 30), members: [{ id: 'sam' }] },
        { ...role('back', 1, 30), members: [{ id: 'sam' }] },
      ],
      steps: [start('s1', 20), start('s2', 20), task('a', 'front', 5), task('b', 'back', 5), end()],
      flows: [flow('s1', 'a'), flow('s2', 'b'), flow('a', 'end'), flow('b', 'end')],
    });
    const scenario = { cases: 40_000, warmup: 2_000, seed: 23 };
    const s = simulate(doc, scenario, 6);
    expectWithin(s, 'cycleTime.mean', 10, 0.03);
    // The same run as one role of capacity 1 doing both tasks (same streams, same order).
    const oneRole = processOf('oneRole', {
      ...doc,
      roles: [role('front', 1, 30)],
      steps: doc.steps.map((st) => (st.id === 'b' ? { ...st, role: 'front' } : st)),
    });
    expect(s.cycleTime.mean).toBe(simulate(oneRole, scenario, 6).cycleTime.mean);
    expectWithin(s, 'people.sam.utilization', 0.5, 0.03);
    expectWithin(s, 'roles.front.utilization', 0.25, 0.04);
    expectWithin(s, 'roles.back.utilization', 0.25, 0.04);
  });

  it('SIM-RES-4 own durations, speed and hourly cost: service 10 / 2 = 5 min at 120 per hour costs 10 per case', () => {
    const doc = processOf('own', {
      roles: [
        {
          ...role('clerk', 1, 30),
          members: [{ id: 'ann', speed: 2, costPerHour: 120, durations: { serve: fixed(10) } }],
        },
      ],
      steps: [
        { id: 'start', type: 'start', name: 'start', arrival: { interarrival: fixed(30) } },
        task('serve', 'clerk', fixed(99)),
        end(),
      ],
      flows: chain('start', 'serve', 'end'),
    });
    const r = runReplicationSync(doc, { cases: 50, warmup: 0, seed: 1 }, 0);
    expect(r.cycleTime.mean).toBeCloseTo(5, 9);
    expect(r.workingTime).toBeCloseTo(5, 9);
    expect(r.costPerCase).toBeCloseTo(10, 9);
    expect(r.people!.ann!.busy).toBeCloseTo(5 * 50, 6);
  });

  it('SIM-RES-1 a capacity override keeps the first members, or adds anonymous ones', () => {
    const doc = processOf('override', {
      roles: [clerks([{ id: 'ann' }, { id: 'bob' }])],
      steps: [start('start', 5), task('serve', 'clerk', 4), end()],
      flows: chain('start', 'serve', 'end'),
    });
    const one = runReplicationSync(
      doc,
      { cases: 300, seed: 2, overrides: { capacity: { clerk: 1 } } },
      0,
    );
    expect(Object.keys(one.people!)).toEqual(['ann']);
    expect(one.people!.ann!.busy).toBeGreaterThan(0);
    const three = runReplicationSync(
      doc,
      { cases: 300, seed: 2, overrides: { capacity: { clerk: 3 } } },
      0,
      { recordLog: true },
    );
    expect(Object.keys(three.people!)).toEqual(['ann', 'bob']);
    // The third, anonymous member works too: the log names it by its role and number.
    expect(three.log!.some((e) => e.person === 'clerk 3')).toBe(true);
    expect(new Set(three.log!.map((e) => e.person))).toEqual(new Set(['ann', 'bob', 'clerk 3']));
  });

  it('SIM-RES-1 each person works only within its own calendar', () => {
    const mornings: Calendar = {
      id: 'am',
      name: 'am',
      week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '13:00' }],
    };
    const afternoons: Calendar = {
      id: 'pm',
      name: 'pm',
      week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '13:00', to: '17:00' }],
    };
    const doc = processOf('shifts', {
      calendars: [mornings, afternoons],
      roles: [
        clerks([
          { id: 'ann', calendar: 'am' },
          { id: 'bob', calendar: 'pm' },
        ]),
      ],
      steps: [start('start', 12), task('serve', 'clerk', fixed(6)), end()],
      flows: chain('start', 'serve', 'end'),
    });
    const r = runReplicationSync(doc, { cases: 400, warmup: 0, seed: 5 }, 0, { recordLog: true });
    expect(r.unfinished).toBe(0);
    const minuteOfDay = (t: number): number => ((t % 1440) + 1440) % 1440;
    const people = new Set<string>();
    for (const e of r.log!) {
      people.add(e.person!);
      const [from, to] = e.person === 'ann' ? [540, 780] : [780, 1020];
      expect(minuteOfDay(e.start)).toBeGreaterThanOrEqual(from);
      expect(minuteOfDay(e.start)).toBeLessThan(to);
      expect(Math.floor(e.start / 1440) % 7).toBeLessThan(5);
    }
    expect([...people].sort()).toEqual(['ann', 'bob']);
    expect(r.people!.ann!.utilization).toBeLessThanOrEqual(1 + 1e-9);
  });
});
