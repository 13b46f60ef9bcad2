import { describe, expect, it } from 'vitest';
import { mergedDuration } from './mergedDuration';

describe('mergedDuration', () => {
  it('keeps none, or the only one, unchanged', () => {
    expect(mergedDuration([undefined, undefined])).toBeUndefined();
    expect(mergedDuration([undefined, { dist: 'exponential', mean: 3 }])).toEqual({
      dist: 'exponential',
      mean: 3,
    });
  });
  it('sums fixed durations in their shared unit', () => {
    expect(
      mergedDuration([
        { dist: 'fixed', value: 2 },
        { dist: 'fixed', value: 3 },
      ]),
    ).toEqual({ dist: 'fixed', value: 5 });
  });
  it('otherwise gives fixed minutes equal to the sum of the means', () => {
    expect(
      mergedDuration([
        { dist: 'fixed', value: 1, unit: 'h' },
        { dist: 'fixed', value: 30 },
      ]),
    ).toEqual({
      dist: 'fixed',
      value: 90,
      unit: 'min',
    });
    expect(
      mergedDuration([
        { dist: 'exponential', mean: 4 },
        { dist: 'uniform', min: 0, max: 2, unit: 'h' },
      ]),
    ).toEqual({
      dist: 'fixed',
      value: 64,
      unit: 'min',
    });
  });
});
