import { describe, expect, it } from 'vitest';
import { createEdgeDeriver } from './deriveNodes';

import { byId, none, run, threeInLine } from './edgeFixtures';

describe('the edge deriver', () => {
  const doc = threeInLine();

  it('keeps the very same edges array while a step moves without changing the sides it faces', () => {
    const derive = createEdgeDeriver((f) => f.id);
    const before = derive(doc, none, byId(doc));
    const moved = run(doc, {
      id: 'steps.move',
      params: { moves: [{ id: 'a', position: { x: 210, y: 5 } }] },
    });
    expect(derive(moved, none, byId(moved))).toBe(before);
  });

  it('rebuilds only the edges whose sides, names or selection changed', () => {
    const derive = createEdgeDeriver((f) => f.id);
    const before = derive(doc, none, byId(doc));
    // The end step moves far below the task: the a→e edge now leaves by another side.
    const moved = run(doc, {
      id: 'steps.move',
      params: { moves: [{ id: 'e', position: { x: 200, y: 400 } }] },
    });
    const after = derive(moved, none, byId(moved));
    expect(after).not.toBe(before);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    const renamed = run(moved, { id: 'step.update', params: { id: 's', changes: { name: 'Go' } } });
    const again = derive(renamed, none, byId(renamed));
    expect(again[0]).not.toBe(after[0]);
    expect(again[1]).toBe(after[1]);
    const selected = derive(renamed, { steps: [], flows: [again[1]!.id] }, byId(renamed));
    expect(selected[0]).toBe(again[0]);
    expect(selected[1]!.selected).toBe(true);
  });
});
