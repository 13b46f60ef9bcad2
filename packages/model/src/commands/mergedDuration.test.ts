import { describe, expect, it } from 'vitest';
import { distributionMean, distributionVariance } from '../distribution/distributionMoments';
import type { Distribution } from '../types/distribution';
import { mergedDuration } from './mergedDuration';

describe('mergedDuration', () => {
  it('MERGE-1 keeps none, or the only one, unchanged', () => {
    expect(mergedDuration([undefined, undefined])).toBeUndefined();
    expect(mergedDuration([undefined, { dist: 'exponential', mean: 3 }])).toEqual({
      dist: 'exponential',
      mean: 3,
    });
  });
  it('MERGE-1 sums fixed durations in their shared unit', () => {
    expect(
      mergedDuration([
        { dist: 'fixed', value: 2 },
        { dist: 'fixed', value: 3 },
      ]),
    ).toEqual({ dist: 'fixed', value: 5 });
  });
  it('MERGE-1 sums fixed durations of different units in minutes', () => {
    expect(
      mergedDuration([
        { dist: 'fixed', value: 1, unit: 'h' },
        { dist: 'fixed', value: 30 },
      ]),
    ).toEqual({ dist: 'fixed', value: 90, unit: 'min' });
  });
  it('MERGE-1 two three-point estimates give a lognormal with the mean and variance of their sum', () => {
    const a: Distribution = { dist: 'triangular', min: 10, mode: 15, max: 30 };
    const b: Distribution = { dist: 'triangular', min: 0.5, mode: 1, max: 2, unit: 'h' };
    const merged = mergedDuration([a, b])!;
    expect(merged.dist).toBe('lognormal');
    expect(merged.unit).toBe('min');
    // (10+15+30)/3 + 60·(0.5+1+2)/3 = 18.333… + 70
    expect(distributionMean(merged)).toBeCloseTo(55 / 3 + 70, 9);
    // (a²+b²+c²−ab−ac−bc)/18 for each, the second in minutes²
    const varA = (100 + 225 + 900 - 150 - 300 - 450) / 18;
    const varB = ((0.25 + 1 + 4 - 0.5 - 1 - 2) / 18) * 3600;
    expect(distributionVariance(merged)).toBeCloseTo(varA + varB, 9);
  });
  it('MERGE-1 mixes kinds: exponential + uniform keep the summed mean and variance', () => {
    const merged = mergedDuration([
      { dist: 'exponential', mean: 4 },
      { dist: 'uniform', min: 0, max: 2, unit: 'h' },
    ])!;
    expect(merged).toEqual({ dist: 'lognormal', mean: 64, sd: Math.sqrt(16 + 1200), unit: 'min' });
  });
  it('MERGE-1 a fixed and a spread duration keep the spread of the one that has it', () => {
    const merged = mergedDuration([
      { dist: 'fixed', value: 10 },
      { dist: 'normal', mean: 20, sd: 3 },
    ])!;
    expect(distributionMean(merged)).toBeCloseTo(
      10 + distributionMean({ dist: 'normal', mean: 20, sd: 3 }),
      9,
    );
    expect(distributionVariance(merged)).toBeCloseTo(
      distributionVariance({ dist: 'normal', mean: 20, sd: 3 }),
      9,
    );
  });
  it('MERGE-1 shifts count: fixed times with a shift, and a shifted gamma by its moments', () => {
    expect(
      mergedDuration([
        { dist: 'fixed', value: 10, shift: 2 },
        { dist: 'fixed', value: 5 },
      ]),
    ).toEqual({ dist: 'fixed', value: 17 });
    const merged = mergedDuration([
      { dist: 'gamma', shape: 2, scale: 3, shift: 4 },
      { dist: 'empirical', values: [1, 3] },
    ])!;
    expect(distributionMean(merged)).toBeCloseTo(6 + 4 + 2, 9);
    expect(distributionVariance(merged)).toBeCloseTo(18 + 1, 9);
  });
});
