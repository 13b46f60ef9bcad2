import { describe, expect, it } from 'vitest';
import { gallery } from '@flowsmith/model';
import { numberProcedure } from './procedureNumbering';

const numbered = (doc: Parameters<typeof numberProcedure>[0]) => {
  const n = numberProcedure(doc, 6);
  return n.order.map((id) => `${n.numbers.get(id)} ${id}`);
};

describe('numberProcedure', () => {
  it('N1: numbers a sequence 6.1, 6.2, … in flow order', () => {
    expect(numbered(gallery.sequence3)).toEqual([
      '6.1 start',
      '6.2 a',
      '6.3 b',
      '6.4 c',
      '6.5 end',
    ]);
  });

  it('N1: numbers alternative paths on, one after the other (xorSplitJoin)', () => {
    expect(numbered(gallery.xorSplitJoin)).toEqual([
      '6.1 start',
      '6.2 split',
      '6.3 small',
      '6.4 large',
      '6.5 merge',
      '6.6 end',
    ]);
  });

  it('N1: numbers parallel branches with letters under one number (andSplitJoin)', () => {
    expect(numbered(gallery.andSplitJoin)).toEqual([
      '6.1 start',
      '6.2 a',
      '6.3 fork',
      '6.4a left',
      '6.4b right',
      '6.5 join',
      '6.6 z',
      '6.7 end',
    ]);
  });

  it('N1: keeps nested splits inside one branch (nestedParallel)', () => {
    expect(numbered(gallery.nestedParallel)).toEqual([
      '6.1 start',
      '6.2 x',
      '6.3 f',
      '6.4a p1',
      '6.4b p2',
      '6.5 j',
      '6.6 q',
      '6.7 m',
      '6.8 end',
    ]);
  });

  it('N1: reports the loop-closing flow of a rework loop', () => {
    const n = numberProcedure(gallery.reworkLoop, 6);
    expect(n.order.map((id) => n.numbers.get(id))).toEqual([
      '6.1',
      '6.2',
      '6.3',
      '6.4',
      '6.5',
      '6.6',
    ]);
    const back = gallery.reworkLoop.flows.filter((f) => n.backFlows.has(f.id));
    expect(back.map((f) => [f.from, f.to])).toEqual([['ok', 'merge']]);
  });

  it('N1: numbers a branch of several steps 6.4a.1, 6.4a.2', () => {
    const doc = structuredClone(gallery.andSplitJoin);
    doc.steps.push({ id: 'left2', type: 'task', name: 'left2', role: 'checker' });
    doc.flows = doc.flows.map((f) =>
      f.from === 'left' && f.to === 'join' ? { ...f, to: 'left2' } : f,
    );
    doc.flows.push({ id: 'fl2', from: 'left2', to: 'join' });
    expect(numbered(doc)).toContain('6.4a.1 left');
    expect(numbered(doc)).toContain('6.4a.2 left2');
    expect(numbered(doc)).toContain('6.4b right');
  });

  it('N1: gives every step of every gallery process exactly one number', () => {
    for (const doc of Object.values(gallery)) {
      const n = numberProcedure(doc, 6);
      expect(new Set(n.order)).toEqual(new Set(doc.steps.map((s) => s.id)));
      expect(n.order.length).toBe(doc.steps.length);
      expect(new Set(n.numbers.values()).size).toBe(doc.steps.length);
    }
  });
});
