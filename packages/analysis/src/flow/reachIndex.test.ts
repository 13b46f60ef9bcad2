import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { build, buildGraph, gallery, reachableFrom } from '@flowsmith/model';
import { reachIndex } from './reachIndex';
import { blocksOf } from './solveTraffic';

describe('reachIndex', () => {
  it('agrees with a search from each step (one or more flows), on random graphs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.tuple(fc.nat(39), fc.nat(39)), { maxLength: 80 }),
        (n, edges) => {
          const ids = Array.from({ length: n }, (_, i) => `s${i}`);
          const doc = build.processOf('r', {
            steps: ids.map((id) => build.task(id, undefined)),
            flows: edges.map(([a, b], k) => build.flow(ids[a % n]!, ids[b % n]!, { id: `f${k}` })),
          });
          const g = buildGraph(doc);
          const reaches = reachIndex(g, blocksOf(g));
          for (let a = 0; a < n; a++) {
            const after = reachableFrom(g, g.successors(ids[a]!));
            for (let b = 0; b < n; b++) expect(reaches(a, b)).toBe(after.has(ids[b]!));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('says a loop reaches itself and a straight line does not go back', () => {
    const g = buildGraph(gallery.reworkLoop);
    const r = reachIndex(g, blocksOf(g));
    expect(r(g.indexOf('work'), g.indexOf('work'))).toBe(true);
    expect(r(g.indexOf('end'), g.indexOf('start'))).toBe(false);
    expect(r(g.indexOf('start'), g.indexOf('end'))).toBe(true);
  });
});
