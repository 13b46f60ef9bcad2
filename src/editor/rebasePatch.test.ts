import {
  applyPatch,
  build,
  gallery,
  invertPatch,
  isEmptyPatch,
  type Patch,
} from '@flowsmith/model';
import { describe, expect, it } from 'vitest';
import { createEditor } from './createEditor';
import { rebaseFields, rebasePatch, replacementPatch } from './rebasePatch';

const run = (
  doc = gallery.sequence3,
  call: Parameters<ReturnType<typeof createEditor>['execute']>[0],
) => {
  const r = createEditor(doc).execute(call);
  if (!r.ok) throw new Error('refused');
  return r.patch;
};

describe('rebaseFields', () => {
  it('puts back only the fields nobody changed since', () => {
    const current = { id: 'a', name: 'theirs', note: 'mine' };
    expect(
      rebaseFields(current, { id: 'a', name: 'x', note: 'mine' }, { id: 'a', name: 'y' }),
    ).toEqual({
      id: 'a',
      name: 'theirs',
    });
  });

  it('returns the same object when nothing applies', () => {
    const current = { id: 'a', name: 'theirs' };
    expect(rebaseFields(current, { id: 'a', name: 'x' }, { id: 'a', name: 'y' })).toBe(current);
  });
});

describe('rebasePatch', () => {
  it('is the patch itself in effect when the document has not moved on', () => {
    const p = run(gallery.sequence3, {
      id: 'step.update',
      params: { id: 'a', changes: { name: 'n' } },
    });
    expect(applyPatch(gallery.sequence3, rebasePatch(gallery.sequence3, p))).toEqual(
      applyPatch(gallery.sequence3, p),
    );
  });

  it('undoes a removal whose step came back meanwhile by doing nothing twice', () => {
    const removal: Patch = run(gallery.sequence3, { id: 'steps.remove', params: { ids: ['b'] } });
    const undo = invertPatch(removal);
    const rebased = rebasePatch(gallery.sequence3, undo);
    expect(isEmptyPatch(rebased)).toBe(true);
  });

  it('skips an update of a record someone removed, and re-adds at the end when the index is gone', () => {
    const add = run(gallery.sequence3, {
      id: 'step.add',
      params: { step: build.task('x', 'clerk', 1) },
    });
    const after = applyPatch(gallery.sequence3, add);
    const removeMany = run(after, { id: 'steps.remove', params: { ids: ['a', 'b', 'c'] } });
    const small = applyPatch(after, removeMany);
    const rename = run(gallery.sequence3, {
      id: 'step.update',
      params: { id: 'a', changes: { name: 'n' } },
    });
    expect(isEmptyPatch(rebasePatch(small, rename))).toBe(true);
    const readd: Patch = {
      added: [{ collection: 'steps', index: 9, record: build.task('y', 'clerk', 1) }],
      updated: [],
      removed: [],
    };
    const doc = applyPatch(small, rebasePatch(small, readd));
    expect(doc.steps.at(-1)!.id).toBe('y');
  });
});

describe('replacementPatch', () => {
  it('turns one document into another', () => {
    const p = replacementPatch(gallery.sequence3, gallery.mm1);
    const doc = applyPatch(gallery.sequence3, p);
    expect(doc.steps).toEqual(gallery.mm1.steps);
    expect(doc.name).toBe(gallery.mm1.name);
  });
});
