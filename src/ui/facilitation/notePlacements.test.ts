import { describe, expect, it } from 'vitest';
import { gallery, type WorkshopNote } from '@flowsmith/model';
import { notePlacements } from './notePlacements';

describe('notePlacements', () => {
  it('follows steps, flows and lanes, piles notes on one element, frees orphans', () => {
    const doc = gallery.sequence3;
    const flow = doc.flows[0]!;
    const notes: WorkshopNote[] = [
      { id: 'n1', text: 'x', on: 'a' },
      { id: 'n2', text: 'y', on: 'a' },
      { id: 'n3', text: 'z', on: flow.id },
      { id: 'n4', text: 'w', on: 'clerk' },
      { id: 'n5', text: 'v', on: 'gone' },
      { id: 'n6', text: 'u', position: { x: 1, y: 1 } },
    ];
    const p = notePlacements(doc, notes);
    expect(p.get('n1')).toEqual({ kind: 'step', nodes: ['a'], pile: 0 });
    expect(p.get('n2')).toEqual({ kind: 'step', nodes: ['a'], pile: 1 });
    expect(p.get('n3')).toEqual({ kind: 'flow', nodes: [flow.from, flow.to], pile: 0 });
    expect(p.get('n4')).toEqual({ kind: 'lane', nodes: ['lane:clerk'], pile: 0 });
    expect(p.get('n5')).toEqual({ kind: 'free', nodes: [], pile: 0 });
    expect(p.get('n6')).toEqual({ kind: 'free', nodes: [], pile: 0 });
  });
});
