import { describe, expect, it } from 'vitest';
import { blocksSimulation } from './blocksSimulation';

describe('blocksSimulation', () => {
  it('stops a simulation for an error finding', () => {
    expect(blocksSimulation({ severity: 'error', kind: 'deadlock' })).toBe(true);
    expect(blocksSimulation({ severity: 'error', kind: 'no-end' })).toBe(true);
  });

  it('leaves an overloaded role to the engine and lets warnings through', () => {
    expect(blocksSimulation({ severity: 'error', kind: 'overload' })).toBe(false);
    expect(blocksSimulation({ severity: 'warning', kind: 'deadlock' })).toBe(false);
    expect(blocksSimulation({ severity: 'info', kind: 'no-end' })).toBe(false);
  });
});
