import { describe, expect, it } from 'vitest';
import { copyOf, deepFreeze } from '../commands/expectRoundTrip';
import { executeCommand } from '../commands/executeCommand';
import type { CommandCall } from '../commands/commandRegistry';
import { task } from '../testing/build';
import { gallery } from '../testing/processes';
import type { ProcessDocument } from '../types/process';
import { applyPatch } from './applyPatch';
import { invertPatch } from './invertPatch';
import { isEmptyPatch, type Patch } from './patch';
import { squashPatches } from './squashPatches';

function run(
  doc: ProcessDocument,
  calls: CommandCall[],
): { patches: Patch[]; doc: ProcessDocument } {
  const patches: Patch[] = [];
  for (const call of calls) {
    const r = executeCommand(doc, call);
    if (!r.ok) throw new Error(r.refusal.message);
    patches.push(r.patch);
    doc = r.document;
  }
  return { patches, doc };
}

const doc = deepFreeze(copyOf(gallery.sequence3));

describe('squashPatches', () => {
  it('squashes a 60-frame drag into one update per moved step, first before and last after', () => {
    const frames: CommandCall[] = Array.from({ length: 60 }, (_, i) => ({
      id: 'steps.move',
      params: {
        moves: [
          { id: 'a', position: { x: i, y: 2 * i } },
          { id: 'b', position: { x: 100 + i, y: 0 } },
        ],
      },
    }));
    const { patches, doc: last } = run(doc, frames);
    const squashed = squashPatches(patches);
    expect(squashed.added).toEqual([]);
    expect(squashed.removed).toEqual([]);
    expect(squashed.updated).toHaveLength(2);
    const [before, after] = squashed.updated[0]!;
    expect(before).toMatchObject({ record: doc.steps[1] });
    expect(after).toMatchObject({ record: { id: 'a', position: { x: 59, y: 118 } } });
    expect(applyPatch(doc, squashed)).toEqual(last);
  });

  it('cancels add-then-remove', () => {
    const { patches } = run(doc, [
      { id: 'step.add', params: { step: task('x', 'clerk') } },
      { id: 'step.update', params: { id: 'x', changes: { name: 'X' } } },
      { id: 'steps.remove', params: { ids: ['x'] } },
    ]);
    expect(isEmptyPatch(squashPatches(patches))).toBe(true);
  });

  it('drops an update that ends where it started', () => {
    const { patches } = run(doc, [
      { id: 'process.rename', params: { name: 'new' } },
      { id: 'process.rename', params: { name: doc.name } },
    ]);
    expect(isEmptyPatch(squashPatches(patches))).toBe(true);
  });

  it('removal after update removes the original record, at its original index', () => {
    const { patches, doc: last } = run(doc, [
      { id: 'step.add', params: { step: task('x', 'clerk'), index: 0 } },
      { id: 'step.update', params: { id: 'b', changes: { name: 'B' } } },
      { id: 'steps.remove', params: { ids: ['b'] } },
    ]);
    const squashed = squashPatches(patches);
    expect(squashed.removed).toContainEqual({
      collection: 'steps',
      index: 2,
      record: doc.steps[2],
    });
    expect(squashed.added).toContainEqual({
      collection: 'steps',
      index: 0,
      record: task('x', 'clerk'),
    });
    expect(applyPatch(doc, squashed)).toEqual(last);
    expect(JSON.stringify(applyPatch(last, invertPatch(squashed)))).toBe(JSON.stringify(doc));
  });

  it('squashing nothing is empty', () => {
    expect(isEmptyPatch(squashPatches([]))).toBe(true);
  });
});
