import { describe, expect, it } from 'vitest';
import { peerOf, presenceColour } from './presence';

describe('peerOf', () => {
  it('reads a well-formed presence', () => {
    const p = peerOf(7, {
      user: { name: '王芳', colour: '#2f6bff' },
      cursor: { x: 10, y: 20 },
      selection: { steps: ['a'], flows: [] },
    });
    expect(p).toEqual({
      clientId: 7,
      user: { name: '王芳', colour: '#2f6bff' },
      cursor: { x: 10, y: 20 },
      selection: { steps: ['a'], flows: [] },
    });
  });

  it('refuses what is not a participant and drops malformed parts', () => {
    expect(peerOf(1, null)).toBeNull();
    expect(peerOf(1, { user: { name: 'x', colour: 'red; background:url(x)' } })).toBeNull();
    expect(peerOf(1, { user: { name: 'x'.repeat(500), colour: '#fff' } })).toBeNull();
    const p = peerOf(1, { user: { name: 'x', colour: '#fff' }, cursor: { x: 'a' }, selection: 5 });
    expect(p?.cursor).toBeNull();
    expect(p?.selection).toEqual({ steps: [], flows: [] });
  });

  it('gives a stable colour per client', () => {
    expect(presenceColour(3)).toBe(presenceColour(3));
    expect(presenceColour(3)).not.toBe(presenceColour(4));
  });
});
