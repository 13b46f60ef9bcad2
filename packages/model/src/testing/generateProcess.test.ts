import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distributionMean } from '../distribution/distributionMoments';
import { buildGraph } from '../graph/buildGraph';
import { canReachAny, reachableFrom } from '../graph/reachableFrom';
import { parseProcess } from '../parse/parseProcess';
import { exploreStates } from '../tokenGame/exploreStates';
import type { ProcessDocument } from '../types/process';
import { generateProcess, TARGET_UTILISATION } from './generateProcess';

/** Expected visits per step, by fixed-point iteration over the flows (independent of the generator). */
function utilisations(doc: ProcessDocument): number[] {
  const graph = buildGraph(doc);
  const v = new Map(doc.steps.map((s) => [s.id, s.type === 'start' ? 1 : 0]));
  for (let round = 0; round < 300; round++) {
    for (const step of doc.steps) {
      if (step.type === 'start') continue;
      const incoming = graph.incoming(step.id);
      const along = (f: (typeof incoming)[number]) => {
        const split = graph.step(f.from)?.type === 'xor' && graph.outgoing(f.from).length > 1;
        return v.get(f.from)! * (split ? f.probability! : 1);
      };
      // a join fires once per set of branch tokens: count one branch only
      const joins = step.type === 'and' && incoming.length > 1;
      v.set(step.id, joins ? along(incoming[0]!) : incoming.reduce((acc, f) => acc + along(f), 0));
    }
  }
  const start = doc.steps.find((s) => s.type === 'start');
  const rate =
    start?.type === 'start' && start.arrival && 'interarrival' in start.arrival
      ? 1 / distributionMean(start.arrival.interarrival)
      : 0;
  return doc.roles.map((role) => {
    let work = 0;
    for (const s of doc.steps)
      if (s.type === 'task' && s.role === role.id)
        work += v.get(s.id)! * distributionMean(s.duration!);
    return (rate * work) / (role.capacity ?? 1);
  });
}

function checkSound(doc: ProcessDocument): void {
  const graph = buildGraph(doc);
  const start = doc.steps.filter((s) => s.type === 'start');
  expect(start).toHaveLength(1);
  const reached = reachableFrom(graph, [start[0]!.id]);
  const finishing = canReachAny(
    graph,
    graph.endSteps.map((s) => s.id),
  );
  for (const s of doc.steps) {
    expect(reached.has(s.id), `${s.id} reachable`).toBe(true);
    expect(finishing.has(s.id), `${s.id} reaches the end`).toBe(true);
    expect(s.position, s.id).toBeDefined();
    if (s.type === 'xor' && graph.outgoing(s.id).length > 1) {
      const sum = graph.outgoing(s.id).reduce((acc, f) => acc + (f.probability ?? Number.NaN), 0);
      expect(Math.abs(sum - 1), s.id).toBeLessThanOrEqual(1e-9);
      expect(
        graph.outgoing(s.id).filter((f) => f.default),
        s.id,
      ).toHaveLength(1);
    }
    if (s.type === 'task') {
      expect(s.role, s.id).toBeDefined();
      expect(s.duration?.dist, s.id).toBe('triangular');
    }
  }
}

describe('generateProcess', () => {
  it('gives the same document for the same seed and a different one for another seed', () => {
    expect(generateProcess({ steps: 200, seed: 7 })).toEqual(
      generateProcess({ steps: 200, seed: 7 }),
    );
    expect(generateProcess({ steps: 200, seed: 7 })).not.toEqual(
      generateProcess({ steps: 200, seed: 8 }),
    );
  });

  it.each([20, 200, 2000])('makes %i steps (±5%), a document parseProcess accepts, sound', (n) => {
    const doc = generateProcess({ steps: n, seed: n });
    expect(Math.abs(doc.steps.length - n)).toBeLessThanOrEqual(n * 0.05);
    const parsed = parseProcess(doc);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    checkSound(doc);
  });

  it('uses every kind of block: xor, rework loops, and split/join, timers', () => {
    const doc = generateProcess({ steps: 2000, seed: 1 });
    const graph = buildGraph(doc);
    const count = (type: string) => doc.steps.filter((s) => s.type === type).length;
    expect(count('xor')).toBeGreaterThan(10);
    expect(count('and')).toBeGreaterThan(10);
    expect(count('timer')).toBeGreaterThan(10);
    expect(doc.flows.some((f) => f.label === 'rework')).toBe(true);
    for (const s of doc.steps.filter((x) => x.type === 'and' && graph.outgoing(x.id).length > 1))
      expect(graph.outgoing(s.id).length).toBeLessThanOrEqual(3);
  });

  it('keeps every role at or below the target utilisation, the busiest one close to it', () => {
    for (const seed of [1, 2, 3]) {
      const rho = utilisations(generateProcess({ steps: 300, seed }));
      expect(Math.max(...rho)).toBeLessThanOrEqual(TARGET_UTILISATION + 1e-9);
      expect(Math.max(...rho)).toBeGreaterThan(TARGET_UTILISATION - 0.01);
    }
  });

  it('lays tasks out in their role’s lane, the end to the right of the start', () => {
    const doc = generateProcess({ steps: 500, roles: 5, seed: 3 });
    expect(doc.roles).toHaveLength(5);
    const lane = new Map(doc.roles.map((r, i) => [r.id, i]));
    for (const s of doc.steps) {
      if (s.type !== 'task') continue;
      const top = 40 + lane.get(s.role!)! * 160;
      expect(s.position!.y).toBeGreaterThanOrEqual(top);
      expect(s.position!.y).toBeLessThan(top + 160);
    }
    const x = (type: string) => doc.steps.find((s) => s.type === type)!.position!.x;
    expect(x('end')).toBeGreaterThan(x('start'));
  });

  it('is sound and exact in size for any seed, size and role count (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 120 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (n, roles, seed) => {
          const doc = generateProcess({ steps: n, roles, seed });
          expect(doc.steps).toHaveLength(n);
          expect(parseProcess(doc).ok).toBe(true);
          checkSound(doc);
          // the reference token game agrees: every case can finish, no step is dead
          const game = exploreStates(doc, { maxStates: 5000 });
          if (!game.truncated) {
            expect(game.alwaysCompletable).toBe(true);
            expect(game.unsafeFlows).toEqual([]);
            expect(game.neverEnabled).toEqual([]);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('produces a 5,000-step document quickly enough for benchmarks', () => {
    // not a timing assertion: the benchmark measures; this only proves the size works
    const doc = generateProcess({ steps: 5000, seed: 5 });
    expect(doc.steps).toHaveLength(5000);
    expect(new Set(doc.steps.map((s) => s.id)).size).toBe(5000);
  });

  it('refuses fewer than 3 steps or no roles', () => {
    expect(() => generateProcess({ steps: 2, seed: 1 })).toThrow(RangeError);
    expect(() => generateProcess({ steps: 10, roles: 0, seed: 1 })).toThrow(RangeError);
  });
});
