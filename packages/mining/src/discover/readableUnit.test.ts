import { describe, expect, it } from 'vitest';
import { distributionMean } from '@flowsmith/model';
import { readableUnit } from './readableUnit';

describe('readableUnit', () => {
  it('writes a long fitted duration in days or hours, keeping its mean', () => {
    const term = readableUnit({
      dist: 'triangular',
      min: 29236.7,
      mode: 43674.5,
      max: 64565.5,
      unit: 'min',
    });
    expect(term).toEqual({ dist: 'triangular', min: 20.303, mode: 30.33, max: 44.837, unit: 'd' });
    expect(distributionMean(term) / 45825.57).toBeCloseTo(1, 4);
    expect(readableUnit({ dist: 'exponential', mean: 300, unit: 'min' })).toEqual({
      dist: 'exponential',
      mean: 5,
      unit: 'h',
    });
  });

  it('leaves minutes under four hours as they are', () => {
    const d = { dist: 'gamma' as const, shape: 0.5, scale: 400, unit: 'min' as const };
    expect(readableUnit(d)).toBe(d);
  });
});
