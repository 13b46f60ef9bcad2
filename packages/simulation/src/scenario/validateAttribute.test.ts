import { describe, expect, it } from 'vitest';
import { validateAttribute } from './validateAttribute';

describe('validateAttribute', () => {
  it('SIM-DIST-1 accepts the new distributions with shift and bounds as case data', () => {
    for (const good of [
      { dist: 'gamma', shape: 0.4, scale: 1000 },
      { dist: 'empirical', values: [1, 2, 3] },
      { dist: 'empirical', values: [1, 2], weights: [0, 2] },
      { dist: 'histogram', bins: [{ from: 0, to: 10, weight: 1 }] },
      { dist: 'exponential', mean: 5, shift: -1, bounds: { min: 0, max: 9 } },
      { dist: 'normal', mean: 5, sd: 1, bounds: { max: 6 } },
    ])
      expect(validateAttribute(good)).toBeNull();
  });

  it('SIM-DIST-1 refuses broken ones', () => {
    for (const bad of [
      { dist: 'gamma', shape: 0, scale: 1 },
      { dist: 'empirical', values: [] },
      { dist: 'empirical', values: [1, 2], weights: [1] },
      { dist: 'empirical', values: [1, 2], weights: [0, 0] },
      { dist: 'empirical', values: [1, 'x'] },
      { dist: 'histogram', bins: [{ from: 3, to: 1, weight: 1 }] },
      { dist: 'histogram', bins: [] },
      { dist: 'histogram', bins: [{ from: 0, to: 1, weight: -1 }] },
      { dist: 'exponential', mean: 5, bounds: { min: 9, max: 1 } },
      { dist: 'exponential', mean: 5, bounds: { low: 1 } },
      { dist: 'exponential', mean: 5, shift: 'x' },
    ])
      expect(validateAttribute(bad)).toBe('scenario.attribute');
  });
});
