import { describe, it, expect } from 'vitest';
import { build, freshId, gallery } from '@flowsmith/model';
import { IdPool } from './IdPool';

describe('IdPool', () => {
  it('gives the ids freshId would, never the same twice', () => {
    const doc = {
      ...gallery.sequence3,
      flows: [...gallery.sequence3.flows, build.flow('a', 'c', { id: 'flow-1' })],
    };
    const pool = new IdPool(doc);
    expect(pool.fresh('flow')).toBe(freshId(doc, 'flow'));
    expect(pool.fresh('flow')).toBe('flow-3');
    expect(pool.fresh('fork')).toBe('fork-1');
  });

  it('avoids ids of every collection', () => {
    const doc = { ...gallery.sequence3, roles: [build.role('flow-1')] };
    expect(new IdPool(doc).fresh('flow')).toBe('flow-2');
  });
});
