import { describe, it, expect } from 'vitest';
import { gallery } from '../testing/processes';
import { flow, processOf, start, end, task } from '../testing/build';
import { buildGraph } from './buildGraph';

describe('buildGraph', () => {
  it('looks up steps and flows by id', () => {
    const g = buildGraph(gallery.xorSplitJoin);
    expect(g.step('small')?.type).toBe('task');
    expect(g.step('nope')).toBeUndefined();
    expect(g.flow('split-large')?.condition).toBe('amount > 1000');
    expect(g.indexOf('split')).toBe(1);
    expect(g.indexOf('nope')).toBe(-1);
  });

  it('lists outgoing and incoming flows in document order', () => {
    const g = buildGraph(gallery.xorSplitJoin);
    expect(g.outgoing('split').map((f) => f.id)).toEqual(['split-small', 'split-large']);
    expect(g.incoming('merge').map((f) => f.id)).toEqual(['small-merge', 'large-merge']);
    expect(g.successors('split')).toEqual(['small', 'large']);
    expect(g.predecessors('merge')).toEqual(['small', 'large']);
    expect(g.outgoing('end')).toEqual([]);
    expect(g.incoming('unknown')).toEqual([]);
  });

  it('lists start and end steps', () => {
    const g = buildGraph(gallery.reworkLoop);
    expect(g.startSteps.map((s) => s.id)).toEqual(['start']);
    expect(g.endSteps.map((s) => s.id)).toEqual(['end']);
    expect(buildGraph(gallery.unfinished).endSteps).toEqual([]);
  });

  it('keeps successors distinct when two flows join the same steps', () => {
    const doc = processOf('twice', {
      steps: [start(), task('a', undefined), end()],
      flows: [flow('start', 'a'), flow('a', 'end', { id: 'x1' }), flow('a', 'end', { id: 'x2' })],
    });
    const g = buildGraph(doc);
    expect(g.outgoing('a').map((f) => f.id)).toEqual(['x1', 'x2']);
    expect(g.successors('a')).toEqual(['end']);
  });

  it('sets aside flows whose ends name no step', () => {
    const doc = processOf('dangling', {
      steps: [start(), end()],
      flows: [flow('start', 'end'), flow('start', 'ghost')],
    });
    const g = buildGraph(doc);
    expect(g.danglingFlows.map((f) => f.id)).toEqual(['start-ghost']);
    expect(g.outgoing('start').map((f) => f.id)).toEqual(['start-end']);
  });

  it('treats hostile ids such as __proto__ as ordinary ids', () => {
    const doc = processOf('proto', {
      steps: [start('__proto__'), task('constructor', undefined), end('toString')],
      flows: [flow('__proto__', 'constructor'), flow('constructor', 'toString')],
    });
    const g = buildGraph(doc);
    expect(g.successors('__proto__')).toEqual(['constructor']);
    expect(g.step('hasOwnProperty')).toBeUndefined();
    expect(g.outgoing('valueOf')).toEqual([]);
  });
});
