import { describe, it, expect } from 'vitest';
import { gallery } from '../testing/processes';
import { chain, end, flow, processOf, start, task } from '../testing/build';
import { buildGraph } from './buildGraph';
import { stronglyConnectedComponents } from './stronglyConnectedComponents';

describe('stronglyConnectedComponents', () => {
  it('puts each step of an acyclic process alone, in topological order', () => {
    expect(stronglyConnectedComponents(buildGraph(gallery.sequence3))).toEqual([
      ['start'],
      ['a'],
      ['b'],
      ['c'],
      ['end'],
    ]);
  });

  it('groups the steps of a rework loop, in document order', () => {
    const comps = stronglyConnectedComponents(buildGraph(gallery.reworkLoop));
    expect(comps).toEqual([['start'], ['merge', 'work', 'check', 'ok'], ['end']]);
  });

  it('finds the loop with no way out', () => {
    const comps = stronglyConnectedComponents(buildGraph(gallery.livelock));
    expect(comps.find((c) => c.length > 1)).toEqual(['a', 'b']);
    expect(comps.flat().sort()).toEqual(['a', 'b', 'end', 'start']);
  });

  it('handles a 5,000-step cycle iteratively', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `t${i}`);
    const big = processOf('big', {
      steps: [start(), ...ids.map((id) => task(id, undefined)), end()],
      flows: [...chain('start', ...ids, 'end'), flow('t4999', 't0')],
    });
    const comps = stronglyConnectedComponents(buildGraph(big));
    expect(comps.length).toBe(3);
    expect(comps[1]!.length).toBe(5000);
  });
});
