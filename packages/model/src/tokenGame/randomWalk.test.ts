import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { gallery, type GalleryName } from '../testing/processes';
import { enabledSteps, isComplete, isDeadlocked } from './enabledSteps';
import { fire } from './fire';
import { initialMarking } from './initialMarking';

const names = Object.keys(gallery) as GalleryName[];

describe('token game: random walks (property)', () => {
  it('TG-16 never produce a non-positive token count, and end complete, stuck or at the bound', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
        (name, picks) => {
          const doc = gallery[name];
          let m = initialMarking(doc);
          for (const pick of picks) {
            const enabled = enabledSteps(doc, m);
            if (enabled.length === 0) {
              expect(isComplete(m) || isDeadlocked(doc, m)).toBe(true);
              return;
            }
            const e = enabled[pick % enabled.length]!;
            const choices = e.choices ?? [undefined];
            const r = fire(doc, m, e.stepId, { flowId: choices[pick % choices.length] });
            expect(r.ok).toBe(true);
            if (!r.ok) return;
            for (const n of r.marking.values()) expect(n).toBeGreaterThan(0);
            m = r.marking;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
