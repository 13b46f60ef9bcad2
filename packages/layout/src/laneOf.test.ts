import { describe, it, expect } from 'vitest';
import { build, gallery } from '@flowsmith/model';
import { laneOf, laneOrder } from './laneOf';

const { processOf, start, end, task, gate, chain, flow, role } = build;

describe('laneOf', () => {
  it('puts tasks in their role and gateways, start and end beside their neighbours', () => {
    const lanes = laneOf(gallery.xorSplitJoin);
    expect(lanes.get('small')).toBe('clerk');
    expect(lanes.get('large')).toBe('manager');
    expect(lanes.get('start')).toBe('clerk'); // through the split, which is with clerk by role order
    expect(lanes.get('split')).toBe('clerk');
    expect(lanes.get('end')).toBe('clerk');
  });

  it('follows the majority of neighbours', () => {
    const doc = processOf('p', {
      roles: [role('a'), role('b')],
      steps: [task('a1', 'a'), task('b1', 'b'), task('b2', 'b'), gate('g', 'xor')],
      flows: [flow('a1', 'g'), flow('b1', 'g'), flow('g', 'b2')],
    });
    expect(laneOf(doc).get('g')).toBe('b');
  });

  it('leaves steps with no role anywhere near in the null lane, listed first', () => {
    const doc = processOf('p', {
      roles: [role('clerk')],
      steps: [start(), end(), task('x', 'clerk')],
      flows: chain('start', 'end'),
    });
    const lanes = laneOf(doc);
    expect(lanes.get('start')).toBeNull();
    expect(laneOrder(doc, lanes)).toEqual([null, 'clerk']);
  });

  it('treats a task with an unknown role as role-less', () => {
    const doc = processOf('p', {
      roles: [role('clerk')],
      steps: [task('t', 'ghost'), task('u', 'clerk')],
      flows: chain('t', 'u'),
    });
    expect(laneOf(doc).get('t')).toBe('clerk');
  });
});
