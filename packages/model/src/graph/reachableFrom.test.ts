import { describe, it, expect } from 'vitest';
import { gallery } from '../testing/processes';
import { buildGraph } from './buildGraph';
import { canReachAny, reachableFrom } from './reachableFrom';

describe('reachableFrom', () => {
  it('follows flows forward from the seeds, seeds included, in document order', () => {
    const g = buildGraph(gallery.xorSplitJoin);
    expect([...reachableFrom(g, ['small'])]).toEqual(['small', 'merge', 'end']);
    expect(reachableFrom(g, ['start']).size).toBe(6);
  });

  it('stops at a loop with no way out', () => {
    const g = buildGraph(gallery.livelock);
    expect([...reachableFrom(g, ['start'])]).toEqual(['start', 'a', 'b']);
  });

  it('ignores unknown ids', () => {
    expect(reachableFrom(buildGraph(gallery.sequence3), ['nope']).size).toBe(0);
  });
});

describe('canReachAny', () => {
  it('follows flows backwards: the steps from which an end can be reached', () => {
    const g = buildGraph(gallery.livelock);
    expect([...canReachAny(g, ['end'])]).toEqual(['end']);
    const r = buildGraph(gallery.reworkLoop);
    expect(canReachAny(r, ['end']).size).toBe(r.steps.length);
  });

  it('finds the unconnected step of an unfinished drawing', () => {
    const g = buildGraph(gallery.unfinished);
    expect([...canReachAny(g, ['a'])]).toEqual(['start', 'a']);
  });
});
