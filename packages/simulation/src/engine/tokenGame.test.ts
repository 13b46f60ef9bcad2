/**
 * Differential test (SPEC.md SIM-SEM-1): every case trace the simulator produces is a legal,
 * complete run of the reference token game of @flowsmith/model (`acceptsTrace`, TG-13).
 */
import { describe, it, expect } from 'vitest';
import { gallery, type GalleryName, type ProcessDocument } from '@flowsmith/model';
import { runReplicationSync, type Scenario } from '../index';
import { rejectedTraces } from '../testing/rejectedTraces';

const cases: Array<[GalleryName, Scenario]> = [
  ['sequence3', {}],
  ['mm1', {}],
  ['xorSplitJoin', {}],
  ['xorSplitJoin', { attributes: { amount: { dist: 'uniform', min: 0, max: 2000 } } }],
  ['andSplitJoin', {}],
  ['reworkLoop', {}],
  ['tandem2', {}],
  ['nestedParallel', {}],
  ['timerWait', {}],
  ['withSubprocess', {}],
  ['doubleApproval', {}],
];

describe('simulated traces against the token game', () => {
  it.each(cases)(
    'SIM-SEM-1 every trace of %s (%j) is accepted, complete, by acceptsTrace',
    (name, extra) => {
      const doc: ProcessDocument = gallery[name];
      const r = runReplicationSync(doc, { cases: 300, warmup: 0, seed: 3, ...extra }, 0, {
        recordTraces: true,
        resolveProcess: (id) => (id === 'sequence3' ? gallery.sequence3 : undefined),
      });
      expect(r.traces).toHaveLength(300);
      expect(rejectedTraces(doc, r.traces!)).toEqual([]);
    },
  );

  it('SIM-SEM-2 trace times never go backwards within a case', () => {
    const r = runReplicationSync(gallery.nestedParallel, { cases: 200, warmup: 0, seed: 4 }, 0, {
      recordTraces: true,
    });
    for (const t of r.traces!) {
      for (let i = 1; i < t.steps.length; i++)
        expect(t.steps[i]!.time).toBeGreaterThanOrEqual(t.steps[i - 1]!.time);
    }
  });
});
