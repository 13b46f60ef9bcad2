import { describe, expect, it } from 'vitest';
import { gallery } from '../testing/processes';
import { freshId } from './freshId';

describe('freshId', () => {
  it('gives the first prefix-n unused across all collections and reserved ids', () => {
    const doc = {
      ...gallery.mm1,
      roles: [{ id: 'step-1', name: 'x' }],
      kpis: [{ id: 'step-2', name: 'k' }],
    };
    expect(freshId(doc, 'step')).toBe('step-3');
    expect(freshId(doc, 'step', ['step-3'])).toBe('step-4');
    expect(freshId(gallery.mm1, 'flow')).toBe('flow-1');
  });
});
