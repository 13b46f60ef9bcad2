import { describe, it, expect } from 'vitest';
import { gallery } from '../testing/processes';
import { chain, end, flow, processOf, start, task } from '../testing/build';
import { exploreStates } from './exploreStates';
import { markingToObject } from './marking';

describe('token game: exploration', () => {
  it('TG-14 sound gallery processes always complete and run every step', () => {
    for (const name of [
      'sequence3',
      'xorSplitJoin',
      'andSplitJoin',
      'reworkLoop',
      'nestedParallel',
      'timerWait',
      'withSubprocess',
      'doubleApproval',
    ] as const) {
      const r = exploreStates(gallery[name]);
      expect(r.alwaysCompletable, name).toBe(true);
      expect(r.deadlockCount + r.livelockCount, name).toBe(0);
      expect(r.unsafeFlows, name).toEqual([]);
      expect(r.neverEnabled, name).toEqual([]);
      expect(r.truncated, name).toBe(false);
    }
  });

  it('TG-14 andSplitJoin has both interleavings as states', () => {
    // start, start-a, a-fork, {fork-left, fork-right}, {left-join, fork-right}, {fork-left, right-join},
    // {left-join, right-join}, join-z, z-end, complete
    expect(exploreStates(gallery.andSplitJoin).states).toBe(10);
  });

  it('TG-9 deadlockAfterXor deadlocks after either branch, with the shortest trace to it', () => {
    const r = exploreStates(gallery.deadlockAfterXor);
    expect(r.completionReachable).toBe(false);
    expect(r.deadlockCount).toBe(2);
    expect(r.livelockCount).toBe(0);
    expect(markingToObject(r.deadlocks[0]!.marking)).toEqual({ 'a-join': 1 });
    expect(r.deadlocks[0]!.trace).toEqual([
      { stepId: 'start' },
      { stepId: 'x', flowId: 'x-a' },
      { stepId: 'a' },
    ]);
    expect(r.neverEnabled).toEqual(['join', 'end']);
  });

  it('TG-10 lackOfSync is detected: two tokens on one flow after an xor merges parallel branches', () => {
    const r = exploreStates(gallery.lackOfSync);
    expect(r.unsafeFlows).toEqual(['merge-c', 'c-end']);
    expect(r.unsafe!.trace.map((s) => s.stepId)).toEqual([
      'start',
      'fork',
      'a',
      'b',
      'merge',
      'merge',
    ]);
    expect(r.alwaysCompletable).toBe(true);
  });

  it('TG-10 unbounded token growth is cut at maxTokensPerFlow and reported', () => {
    // A loop through an and-split that also feeds the end: every round leaves one more token.
    const doc = processOf('pump', {
      steps: [start(), task('a', undefined), { id: 'f', type: 'and', name: 'f' }, end()],
      flows: [flow('start', 'a'), flow('a', 'f'), flow('f', 'a'), flow('f', 'end', { id: 'out' })],
    });
    const r = exploreStates(doc, { maxTokensPerFlow: 3 });
    expect(r.unboundedFlows).toEqual(['out']);
    expect(r.truncated).toBe(false);
  });

  it('TG-12 livelock: the case can circle for ever and never complete', () => {
    const r = exploreStates(gallery.livelock);
    expect(r.completionReachable).toBe(false);
    expect(r.deadlockCount).toBe(0);
    expect(r.livelockCount).toBe(4);
    expect(r.alwaysCompletable).toBe(false);
    expect(r.neverEnabled).toEqual(['end']);
  });

  it('TG-9 unfinished: the token stuck at a dead end is a deadlock, and loose steps never run', () => {
    const r = exploreStates(gallery.unfinished);
    expect(r.deadlockCount).toBe(1);
    expect(markingToObject(r.deadlocks[0]!.marking)).toEqual({ 'start-a': 1 });
    expect(r.neverEnabled).toEqual(['a', 'loose']);
  });

  it('TG-14 with case data only the admissible branch is explored', () => {
    const r = exploreStates(gallery.xorSplitJoin, { data: { amount: 10 } });
    expect(r.neverEnabled).toEqual(['large']);
    expect(r.alwaysCompletable).toBe(true);
  });

  it('TG-14 a truncated exploration says so and claims no livelock it has not seen', () => {
    const r = exploreStates(gallery.nestedParallel, { maxStates: 4 });
    expect(r.truncated).toBe(true);
    expect(r.states).toBe(4);
    expect(r.livelockCount).toBe(0);
  });

  it('TG-14 a 5,000-step process is explored quickly', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `t${i}`);
    const doc = processOf('big', {
      steps: [start(), ...ids.map((id) => task(id, undefined)), end()],
      flows: chain('start', ...ids, 'end'),
    });
    const r = exploreStates(doc, { maxStates: 10_000 });
    expect(r.states).toBe(5003);
    expect(r.alwaysCompletable).toBe(true);
  });
});
