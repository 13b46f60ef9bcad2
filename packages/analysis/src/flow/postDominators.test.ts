import { describe, it, expect } from 'vitest';
import { buildGraph, gallery } from '@flowsmith/model';
import { dominators, postDominators } from './postDominators';

function ipdomOf(doc: Parameters<typeof buildGraph>[0], id: string): string {
  const g = buildGraph(doc);
  const d = postDominators(g)[g.indexOf(id)]!;
  return d === g.steps.length ? '(exit)' : d === -1 ? '(none)' : g.steps[d]!.id;
}

describe('postDominators', () => {
  it('finds the join of a parallel split', () => {
    expect(ipdomOf(gallery.andSplitJoin, 'fork')).toBe('join');
    expect(ipdomOf(gallery.andSplitJoin, 'left')).toBe('join');
  });

  it('finds nested joins and the merge of an exclusive split', () => {
    expect(ipdomOf(gallery.nestedParallel, 'f')).toBe('j');
    expect(ipdomOf(gallery.nestedParallel, 'x')).toBe('m');
  });

  it('sees through a rework loop', () => {
    expect(ipdomOf(gallery.reworkLoop, 'merge')).toBe('work');
    expect(ipdomOf(gallery.reworkLoop, 'ok')).toBe('end');
  });

  it('gives the exit to ends and none to a loop with no way out', () => {
    expect(ipdomOf(gallery.sequence3, 'end')).toBe('(exit)');
    expect(ipdomOf(gallery.livelock, 'a')).toBe('(none)');
  });
});

describe('dominators', () => {
  it('finds the split a join depends on', () => {
    const g = buildGraph(gallery.deadlockAfterXor);
    expect(g.steps[dominators(g)[g.indexOf('join')]!]!.id).toBe('x');
    const h = buildGraph(gallery.reworkLoop);
    expect(h.steps[dominators(h)[h.indexOf('merge')]!]!.id).toBe('start');
  });
});
