import { applyPatch, build, gallery, parseProcess } from '@flowsmith/model';
import { describe, expect, it } from 'vitest';
import { sameIdRepair } from './sameIdRepair';

const { task } = build;

describe('sameIdRepair', () => {
  it('adds the lost record back under an id of its own and points our flow at it', () => {
    const mine = { ...task('task-1', 'clerk', 1), name: 'mine' };
    const theirs = { ...task('task-1', 'clerk', 1), name: 'theirs' };
    const flow = { id: 'flow-9', from: 'a', to: 'task-1' };
    const before = {
      ...gallery.sequence3,
      steps: [...gallery.sequence3.steps, mine],
      flows: [...gallery.sequence3.flows, flow],
    };
    const doc = { ...before, steps: [...gallery.sequence3.steps, theirs] };
    const { patch, renames } = sameIdRepair(
      before,
      doc,
      [{ collection: 'steps', id: 'task-1' }],
      [{ collection: 'flows', id: 'flow-9' }],
      'k7',
    );
    expect(renames).toEqual(new Map([['task-1', 'task-1-k7']]));
    const after = applyPatch(doc, patch);
    expect(after.steps.map((s) => [s.id, s.name]).slice(-2)).toEqual([
      ['task-1', 'theirs'],
      ['task-1-k7', 'mine'],
    ]);
    expect(after.flows.find((f) => f.id === 'flow-9')!.to).toBe('task-1-k7');
    expect(parseProcess(after).ok).toBe(true);
  });

  it('does nothing for a record that is gone from before', () => {
    const { patch } = sameIdRepair(
      gallery.sequence3,
      gallery.sequence3,
      [{ collection: 'steps', id: 'nope' }],
      [],
      'x',
    );
    expect(patch).toEqual({ added: [], updated: [], removed: [] });
  });
});
