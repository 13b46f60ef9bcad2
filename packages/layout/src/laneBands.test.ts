import { describe, it, expect } from 'vitest';
import { build, gallery } from '@flowsmith/model';
import { laneBands } from './laneBands';
import { layoutProcess } from './layoutProcess';

const { processOf, task, chain, role } = build;

describe('laneBands', () => {
  it('gives back the lanes of a layout from its positions', async () => {
    const r = await layoutProcess(gallery.andSplitJoin);
    expect(laneBands(gallery.andSplitJoin, r.positions)).toEqual(r.lanes);
  });

  it('keeps bands contiguous when steps of two roles interleave', () => {
    const doc = processOf('p', {
      roles: [role('a'), role('b')],
      steps: [task('a1', 'a'), task('b1', 'b')],
      flows: chain('a1', 'b1'),
    });
    const bands = laneBands(doc, { a1: { x: 100, y: 100 }, b1: { x: 300, y: 90 } });
    expect(bands.map((b) => b.roleId)).toEqual(['a', 'b']);
    expect(bands[1]!.y).toBe(bands[0]!.y + bands[0]!.height);
    expect(bands[0]!.height).toBeGreaterThan(0);
    expect(bands[1]!.height).toBeGreaterThan(0);
  });

  it('gives roles without steps an empty band and ignores steps without positions', () => {
    const doc = processOf('p', {
      roles: [role('a'), role('idle')],
      steps: [task('a1', 'a'), task('a2', 'a')],
      flows: [],
    });
    const bands = laneBands(doc, { a1: { x: 100, y: 80 } });
    expect(bands.map((b) => b.roleId)).toEqual(['a', 'idle']);
    expect(bands[1]!.height).toBeGreaterThan(0);
  });

  it('draws vertical lanes as columns', () => {
    const doc = processOf('p', {
      roles: [role('a'), role('b')],
      steps: [task('a1', 'a'), task('b1', 'b')],
      flows: chain('a1', 'b1'),
    });
    const bands = laneBands(doc, { a1: { x: 90, y: 100 }, b1: { x: 250, y: 250 } }, 'vertical');
    expect(bands[0]!.x).toBeLessThan(bands[1]!.x);
    expect(bands[0]!.y).toBe(bands[1]!.y);
  });
});
