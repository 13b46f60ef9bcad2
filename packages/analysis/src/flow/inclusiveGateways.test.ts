import { describe, it, expect } from 'vitest';
import { build, type Step } from '@flowsmith/model';
import { analyze } from '../analyze';
import { computeFigures } from './computeMetrics';
import { orWeights } from './inclusiveGateways';

const { processOf, start, end, task, flow, fixed, role } = build;
const or = (id: string): Step => ({ id, type: 'or', name: id });

/** An inclusive split around two reviews (0.6 and 0.5 taken), then a fixed 5-minute task. */
function twoReviews(extra: { timesA?: number; timesB?: number } = {}) {
  return processOf('or-reviews', {
    roles: [role('legal', 100), role('finance', 100), role('clerk', 100)],
    steps: [
      start('start', 60),
      or('split'),
      task('legalReview', 'legal', fixed(extra.timesA ?? 30), { kind: 'review' }),
      task('financeReview', 'finance', fixed(extra.timesB ?? 20), { kind: 'review' }),
      or('join'),
      task('file', 'clerk', fixed(5)),
      end(),
    ],
    flows: [
      flow('start', 'split'),
      flow('split', 'legalReview', { probability: 0.6 }),
      flow('split', 'financeReview', { probability: 0.5 }),
      flow('legalReview', 'join'),
      flow('financeReview', 'join'),
      flow('join', 'file'),
      flow('file', 'end'),
    ],
  });
}

describe('inclusive (or) gateways in the flow maths', () => {
  it('takes each flow with its chance, the fallback when none is taken', () => {
    // None taken 0.4 × 0.5 = 0.2 → the highest (0.6) gets it.
    const w = orWeights([
      { id: 'a', from: 's', to: 'a', probability: 0.6 },
      { id: 'b', from: 's', to: 'b', probability: 0.5 },
    ]);
    expect(w[0]).toBeCloseTo(0.8, 12);
    expect(w[1]).toBeCloseTo(0.5, 12);
    const d = orWeights([
      { id: 'a', from: 's', to: 'a', probability: 0.3 },
      { id: 'b', from: 's', to: 'b', default: true },
    ]);
    expect(d).toEqual([0.3, expect.closeTo(0.7, 12)]);
  });

  it('visits each branch by its chance and the join once per split', () => {
    const f = computeFigures(twoReviews());
    expect(f.metrics.steps.legalReview!.visits).toBeCloseTo(0.8, 12);
    expect(f.metrics.steps.financeReview!.visits).toBeCloseTo(0.5, 12);
    expect(f.metrics.steps.join!.visits).toBeCloseTo(1, 12);
    expect(f.metrics.steps.file!.visits).toBeCloseTo(1, 12);
  });

  it('takes the longest branch that runs: enumeration of the outcomes', () => {
    // Roles of 100 servers: no queue. Legal (30 min) is drawn with 0.6 and is the fallback when
    // neither is drawn (0.4 × 0.5); finance (20 min) with 0.5. Enumerated: legal runs in
    // 0.6 + 0.2 of cases (30 min); otherwise finance alone (20 min).
    const { metrics } = computeFigures(twoReviews());
    expect(metrics.cycleTime.mean).toBeCloseTo(0.8 * 30 + 0.2 * 20 + 5, 9);
    expect(metrics.cycleTime.touch).toBeCloseTo(0.8 * 30 + 0.2 * 20 + 5, 9);
    // Finance longer (40 min): it runs in half the cases; otherwise legal runs (drawn or fallback).
    const longer = computeFigures(twoReviews({ timesB: 40 })).metrics;
    expect(longer.cycleTime.mean).toBeCloseTo(0.5 * 40 + 0.5 * 30 + 5, 9);
  });

  it('finds nothing wrong with an OR around two reviews', () => {
    const { findings } = analyze(twoReviews());
    const kinds = findings.map((f) => f.kind);
    for (const k of ['or-join', 'lack-of-sync', 'deadlock', 'redundant-approval', 'dead-end'])
      expect(kinds).not.toContain(k);
    expect(findings.every((f) => f.severity !== 'error')).toBe(true);
  });

  it('reports an inclusive join without its split (an and split before it)', () => {
    const doc = twoReviews();
    doc.steps[1] = { id: 'split', type: 'and', name: 'split' };
    const { findings } = analyze(doc);
    const f = findings.find((x) => x.kind === 'or-join');
    expect(f).toMatchObject({ id: 'or-join:join', severity: 'error', steps: ['join'] });
  });

  it('reports branches of an OR meeting at an exclusive merge', () => {
    const doc = twoReviews();
    doc.steps[4] = { id: 'join', type: 'xor', name: 'join' };
    const kinds = analyze(doc).findings.map((f) => f.kind);
    expect(kinds).toContain('lack-of-sync');
  });
});

describe('terminate ends in the flow maths', () => {
  it('a branch that terminates ends the case: the other branch no longer counts', () => {
    const doc = processOf('race', {
      roles: [role('a', 100), role('b', 100)],
      steps: [
        start('start', 60),
        { id: 'fork', type: 'and', name: 'fork' },
        task('quick', 'a', fixed(10)),
        task('slow', 'b', fixed(50)),
        { id: 'stop', type: 'end', name: 'stop', terminate: true },
        end(),
      ],
      flows: [
        flow('start', 'fork'),
        flow('fork', 'quick'),
        flow('fork', 'slow'),
        flow('quick', 'stop'),
        flow('slow', 'end'),
      ],
    });
    expect(computeFigures(doc).metrics.cycleTime.mean).toBeCloseTo(10, 9);
    // Without terminate the case ends with its last branch.
    const plain = JSON.parse(JSON.stringify(doc)) as typeof doc;
    plain.steps[4] = { id: 'stop', type: 'end', name: 'stop' };
    expect(computeFigures(plain).metrics.cycleTime.mean).toBeCloseTo(50, 9);
  });
});

describe('probabilities of an inclusive split', () => {
  it('need not add up, but each must lie in (0, 1]', () => {
    expect(analyze(twoReviews()).findings.map((f) => f.kind)).not.toContain('probabilities');
    const doc = twoReviews();
    doc.flows[1] = { ...doc.flows[1]!, probability: 1.5 };
    const f = analyze(doc).findings.find((x) => x.kind === 'probabilities');
    expect(f).toMatchObject({ severity: 'warning', steps: ['split'] });
    expect(f!.message).toMatch(/split-legalReview/);
  });
});

describe('nested inclusive blocks', () => {
  it('each join fires once per visit of its own split', () => {
    // split → (a | inner split → (b | c) → inner join) → join
    const doc = processOf('nested', {
      roles: [role('r', 100)],
      steps: [
        start('start', 60),
        or('split'),
        task('a', 'r', fixed(10)),
        or('inner'),
        task('b', 'r', fixed(20)),
        task('c', 'r', fixed(30)),
        or('innerJoin'),
        or('join'),
        end(),
      ],
      flows: [
        flow('start', 'split'),
        flow('split', 'a', { probability: 0.5 }),
        flow('split', 'inner', { probability: 0.5 }),
        flow('inner', 'b', { probability: 0.5 }),
        flow('inner', 'c', { probability: 0.5 }),
        flow('b', 'innerJoin'),
        flow('c', 'innerJoin'),
        flow('a', 'join'),
        flow('innerJoin', 'join'),
        flow('join', 'end'),
      ],
    });
    const f = computeFigures(doc);
    const v = (id: string) => f.metrics.steps[id]!.visits;
    expect(v('a')).toBeCloseTo(0.75, 12); // 0.5 + the fallback 0.25 (first of equals)
    expect(v('inner')).toBeCloseTo(0.5, 12);
    expect(v('innerJoin')).toBeCloseTo(v('inner'), 12);
    expect(v('join')).toBeCloseTo(1, 12);
    expect(analyze(doc).findings.filter((x) => x.severity === 'error')).toEqual([]);
  });
});
