import { describe, it, expect } from 'vitest';
import { gallery } from '../testing/processes';
import { chain, end, flow, processOf, start, task } from '../testing/build';
import { buildGraph } from './buildGraph';
import { topologicalOrder } from './topologicalOrder';

function respects(doc: Parameters<typeof buildGraph>[0]) {
  const g = buildGraph(doc);
  const { order, backEdges } = topologicalOrder(g);
  const pos = new Map(order.map((id, i) => [id, i]));
  const forwardOk = doc.flows
    .filter((f) => !backEdges.includes(f))
    .every((f) => pos.get(f.from)! < pos.get(f.to)!);
  return { order, backEdges, forwardOk };
}

describe('topologicalOrder', () => {
  it('orders every gallery process, each step once, flows forward but the back edges', () => {
    for (const [name, doc] of Object.entries(gallery)) {
      const { order, forwardOk } = respects(doc);
      expect(order.length, name).toBe(doc.steps.length);
      expect(new Set(order).size, name).toBe(doc.steps.length);
      expect(forwardOk, name).toBe(true);
    }
  });

  it('reports no back edge for an acyclic process', () => {
    expect(respects(gallery.nestedParallel).backEdges).toEqual([]);
    expect(respects(gallery.sequence3).order).toEqual(['start', 'a', 'b', 'c', 'end']);
  });

  it('reports the rework flow as the back edge of a loop', () => {
    const { backEdges, order } = respects(gallery.reworkLoop);
    expect(backEdges.map((f) => f.id)).toEqual(['ok-merge']);
    expect(order).toEqual(['start', 'merge', 'work', 'check', 'ok', 'end']);
    expect(respects(gallery.livelock).backEdges.map((f) => f.id)).toEqual(['b-a']);
  });

  it('breaks ties by document order', () => {
    const { order } = respects(gallery.andSplitJoin);
    expect(order).toEqual(['start', 'a', 'fork', 'left', 'right', 'join', 'z', 'end']);
  });

  it('handles a self-loop and a 5,000-step loop without overflowing the stack', () => {
    const self = processOf('self', {
      steps: [start(), task('a', undefined), end()],
      flows: [flow('start', 'a'), flow('a', 'a'), flow('a', 'end')],
    });
    expect(respects(self).backEdges.map((f) => f.id)).toEqual(['a-a']);
    const ids = Array.from({ length: 5000 }, (_, i) => `t${i}`);
    const big = processOf('big', {
      steps: [start(), ...ids.map((id) => task(id, undefined)), end()],
      flows: [...chain('start', ...ids, 'end'), flow('t4999', 't0')],
    });
    const r = respects(big);
    expect(r.order.length).toBe(5002);
    expect(r.backEdges.map((f) => f.id)).toEqual(['t4999-t0']);
    expect(r.forwardOk).toBe(true);
  });
});
