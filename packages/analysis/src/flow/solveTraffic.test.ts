import { describe, it, expect } from 'vitest';
import { build, buildGraph, gallery } from '@flowsmith/model';
import { buildFlowModel, xorWeights } from './flowModel';
import { blocksOf, solveTraffic } from './solveTraffic';

const { processOf, start, end, task, gate, flow, chain } = build;

function visitsOf(doc: Parameters<typeof buildGraph>[0]): Record<string, number> {
  const g = buildGraph(doc);
  const model = buildFlowModel(doc, g);
  const v = new Float64Array(model.n);
  solveTraffic(
    model,
    blocksOf(g).blocks,
    () => true,
    (i) => model.source[i]!,
    v,
  );
  return Object.fromEntries(g.steps.map((s, i) => [s.id, v[i]!]));
}

/** A rework loop of `size` tasks sending back a share `p`. */
function bigLoop(size: number, p: number) {
  const ids = Array.from({ length: size }, (_, i) => `t${i}`);
  return processOf('big', {
    steps: [
      start(),
      gate('m', 'xor'),
      ...ids.map((id) => task(id, undefined, 1)),
      gate('x', 'xor'),
      end(),
    ],
    flows: [
      ...chain('start', 'm', ...ids, 'x'),
      flow('x', 'end', { probability: 1 - p }),
      flow('x', 'm', { probability: p }),
    ],
  });
}

describe('solveTraffic', () => {
  it('solves a loop by elimination: visits 1/(1 − p)', () => {
    expect(visitsOf(bigLoop(10, 0.3)).t5).toBeCloseTo(1 / 0.7, 12);
  });

  it('solves a loop of more than 200 steps by Gauss–Seidel to the same answer', () => {
    const v = visitsOf(bigLoop(300, 0.3));
    expect(v.t0).toBeCloseTo(1 / 0.7, 10);
    expect(v.t299).toBeCloseTo(1 / 0.7, 10);
    expect(v.end).toBeCloseTo(1, 10);
  });

  it('gives a loop with no way out unbounded visits, big or small', () => {
    expect(visitsOf(gallery.livelock).a).toBe(Infinity);
    expect(visitsOf(bigLoop(250, 1)).t10).toBe(Infinity);
  });

  it('gives every parallel branch every visit and the join one visit', () => {
    const v = visitsOf(gallery.andSplitJoin);
    expect([v.left, v.right, v.join, v.z]).toEqual([1, 1, 1, 1]);
  });

  it('treats several flows out of a task as parallel, as the token game does', () => {
    const doc = processOf('implicit', {
      steps: [start(), task('a', undefined), task('b', undefined), task('c', undefined), end()],
      flows: [
        flow('start', 'a'),
        flow('a', 'b', { probability: 0.5 }),
        flow('a', 'c', { probability: 0.5 }),
        flow('b', 'end'),
        flow('c', 'end'),
      ],
    });
    const v = visitsOf(doc);
    expect([v.b, v.c, v.end]).toEqual([1, 1, 2]);
  });
});

describe('xorWeights', () => {
  it('completes missing probabilities with what is left and scales to 1', () => {
    const f = (p?: number) =>
      p === undefined
        ? { id: 'x', from: 'a', to: 'b' }
        : { id: 'x', from: 'a', to: 'b', probability: p };
    expect(xorWeights([f(0.6), f(), f()])).toEqual([0.6, 0.2, 0.2]);
    expect(xorWeights([f(), f()])).toEqual([0.5, 0.5]);
    expect(xorWeights([f(0.6), f(0.6)])).toEqual([0.5, 0.5]);
    expect(xorWeights([f(0), f(0)])).toEqual([0.5, 0.5]);
    expect(xorWeights([f(Number.NaN), f(0.25)])).toEqual([0.75, 0.25]);
  });
});
