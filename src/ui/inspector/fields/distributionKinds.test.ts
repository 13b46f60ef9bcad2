import { describe, it, expect } from 'vitest';
import type { Distribution } from '@flowsmith/model';
import {
  convertDistribution,
  distributionProblem,
  formatBins,
  readBins,
  readNumberList,
} from './distributionKinds';

const t = (k: string) => k;

describe('distribution kinds in the inspector', () => {
  it('switch kind keeping the mean, the unit, the shift and the bounds', () => {
    const from: Distribution = {
      dist: 'fixed',
      value: 20,
      unit: 'h',
      shift: 1,
      bounds: { max: 40 },
    };
    expect(convertDistribution(from, 'gamma')).toEqual({
      dist: 'gamma',
      shape: 2,
      scale: 10,
      unit: 'h',
      shift: 1,
      bounds: { max: 40 },
    });
    expect(convertDistribution(undefined, 'empirical')).toEqual({
      dist: 'empirical',
      values: [5, 10, 15],
      unit: 'min',
    });
    expect(convertDistribution(undefined, 'histogram')).toMatchObject({
      bins: [
        { from: 0, to: 10, weight: 1 },
        { from: 10, to: 20, weight: 1 },
      ],
    });
  });

  it('explain parameters that do not fit together', () => {
    expect(distributionProblem({ dist: 'gamma', shape: 0, scale: 2 }, t)).toBe(
      'distribution.positive',
    );
    expect(distributionProblem({ dist: 'gamma', shape: 0.5, scale: 2 }, t)).toBeNull();
    expect(distributionProblem({ dist: 'empirical', values: [1, 2], weights: [1] }, t)).toBe(
      'distribution.weightsLength',
    );
    expect(distributionProblem({ dist: 'empirical', values: [1, 2], weights: [0, 0] }, t)).toBe(
      'distribution.someWeight',
    );
    expect(
      distributionProblem({ dist: 'histogram', bins: [{ from: 5, to: 5, weight: 1 }] }, t),
    ).toBe('distribution.binOrder');
    expect(
      distributionProblem({ dist: 'exponential', mean: 5, bounds: { min: 9, max: 2 } }, t),
    ).toBe('distribution.boundsOrder');
  });

  it('read lists and bins as typed, and show bins so they read back', () => {
    expect(readNumberList('12, 15 20；3.5')).toEqual([12, 15, 20, 3.5]);
    expect(readNumberList('12, x')).toBeNull();
    const bins = readBins('0-10: 3\n10–20：1.5');
    expect(bins).toEqual([
      { from: 0, to: 10, weight: 3 },
      { from: 10, to: 20, weight: 1.5 },
    ]);
    expect(readBins(formatBins(bins!))).toEqual(bins);
    expect(readBins('0 to 10')).toBeNull();
  });
});
