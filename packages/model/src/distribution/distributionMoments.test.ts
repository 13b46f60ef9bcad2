import { describe, expect, it } from 'vitest';
import type { Distribution } from '../types/distribution';
import {
  distributionBoundsMass,
  distributionCdf,
  distributionMean,
  distributionScv,
  distributionVariance,
} from './distributionMoments';
import { lnGamma, regularizedGammaP } from './specialFunctions';

const E = Math.E;

describe('distributionMean / distributionVariance', () => {
  it.each<[string, Distribution, number, number]>([
    ['gamma with a non-integer shape', { dist: 'gamma', shape: 2.5, scale: 3 }, 7.5, 22.5],
    [
      'empirical with weights',
      { dist: 'empirical', values: [1, 2, 4], weights: [1, 1, 2] },
      2.75,
      1.6875,
    ],
    ['empirical without weights', { dist: 'empirical', values: [1, 3] }, 2, 1],
    [
      'histogram (a mixture of uniforms)',
      {
        dist: 'histogram',
        bins: [
          { from: 0, to: 2, weight: 1 },
          { from: 2, to: 6, weight: 3 },
        ],
      },
      3.25,
      40 / 3 - 3.25 ** 2,
    ],
    ['shift adds to the mean only', { dist: 'exponential', mean: 5, shift: 2 }, 7, 25],
    [
      'exponential truncated to [0, 1]',
      { dist: 'exponential', mean: 1, bounds: { max: 1 } },
      1 - 1 / (E - 1),
      1 - E / (E - 1) ** 2,
    ],
    ['exponential above 2: memoryless', { dist: 'exponential', mean: 1, bounds: { min: 2 } }, 3, 1],
    [
      'bounds apply after shift',
      { dist: 'exponential', mean: 1, shift: 1, bounds: { min: 2 } },
      3,
      1,
    ],
    [
      'uniform cut to [2, 4]',
      { dist: 'uniform', min: 0, max: 10, bounds: { min: 2, max: 4 } },
      3,
      4 / 12,
    ],
    [
      'normal cut symmetrically to ±1 sd',
      { dist: 'normal', mean: 10, sd: 2, bounds: { min: 8, max: 12 } },
      10,
      4 * (1 - (2 * 0.24197072451914337) / 0.6826894921370859),
    ],
    [
      'triangular cut at its mode',
      { dist: 'triangular', min: 0, mode: 2, max: 4, bounds: { max: 2 } },
      4 / 3,
      2 / 9,
    ],
    [
      'gamma(2, 1) below 1',
      { dist: 'gamma', shape: 2, scale: 1, bounds: { max: 1 } },
      (2 - 5 / E) / (1 - 2 / E),
      (6 - 16 / E) / (1 - 2 / E) - ((2 - 5 / E) / (1 - 2 / E)) ** 2,
    ],
    [
      'erlang(k = 2) below 1, as gamma(2, mean / 2)',
      { dist: 'erlang', mean: 2, k: 2, bounds: { max: 1 } },
      (2 - 5 / E) / (1 - 2 / E),
      (6 - 16 / E) / (1 - 2 / E) - ((2 - 5 / E) / (1 - 2 / E)) ** 2,
    ],
    [
      'empirical cut to its values up to 3',
      { dist: 'empirical', values: [1, 2, 4], bounds: { max: 3 } },
      1.5,
      0.25,
    ],
    [
      'histogram cut inside a bin',
      { dist: 'histogram', bins: [{ from: 0, to: 10, weight: 1 }], bounds: { min: 4, max: 6 } },
      5,
      4 / 12,
    ],
  ])('%s', (_, d, mean, variance) => {
    expect(distributionMean(d)).toBeCloseTo(mean, 5);
    expect(distributionVariance(d)).toBeCloseTo(variance, 5);
  });

  it('converts the unit, shift and bounds included, to minutes', () => {
    const d: Distribution = {
      dist: 'exponential',
      mean: 60,
      unit: 's',
      shift: 60,
      bounds: { min: 180 },
    };
    expect(distributionMean(d)).toBeCloseTo(4, 9);
    expect(distributionVariance(d)).toBeCloseTo(1, 9);
  });

  it.each<Distribution>([
    { dist: 'fixed', value: 3 },
    { dist: 'uniform', min: 1, max: 4 },
    { dist: 'triangular', min: 1, mode: 2, max: 6 },
    { dist: 'exponential', mean: 4 },
    { dist: 'normal', mean: 3, sd: 2 },
    { dist: 'lognormal', mean: 5, sd: 3 },
    { dist: 'erlang', mean: 6, k: 3 },
    { dist: 'gamma', shape: 0.6, scale: 4 },
    { dist: 'empirical', values: [2, 5], weights: [3, 1] },
    {
      dist: 'histogram',
      bins: [
        { from: 1, to: 3, weight: 2 },
        { from: 3, to: 9, weight: 1 },
      ],
    },
  ])('bounds around the whole range change nothing: $dist', (d) => {
    const bounded = { ...d, bounds: { min: 0, max: 1e6 } };
    expect(distributionMean(bounded)).toBeCloseTo(distributionMean(d), 5);
    expect(distributionVariance(bounded)).toBeCloseTo(distributionVariance(d), 4);
    expect(distributionBoundsMass(bounded)).toBeCloseTo(1, 6);
  });

  it('gives the share of draws the bounds keep', () => {
    expect(
      distributionBoundsMass({ dist: 'exponential', mean: 1, bounds: { max: 1 } }),
    ).toBeCloseTo(1 - 1 / E, 12);
    expect(distributionBoundsMass({ dist: 'exponential', mean: 1 })).toBe(1);
    expect(distributionBoundsMass({ dist: 'fixed', value: 3, bounds: { min: 3, max: 3 } })).toBe(1);
  });

  it('stays accurate for a large shape: gamma(10^6, 1) cut below its mean keeps half', () => {
    const d: Distribution = { dist: 'gamma', shape: 1e6, scale: 1, bounds: { max: 1e6 } };
    expect(distributionBoundsMass(d)).toBeCloseTo(0.5, 3);
    // half-normal-like: mean ≈ 10^6 − 1000·√(2/π)
    expect(distributionMean(d)).toBeCloseTo(1e6 - 1000 * Math.sqrt(2 / Math.PI), -1);
  });

  it('scv of gamma is 1 / shape', () => {
    expect(distributionScv({ dist: 'gamma', shape: 4, scale: 2 })).toBeCloseTo(0.25, 12);
  });
});

describe('special functions', () => {
  it('lnGamma matches factorials and Γ(1/2) = √π', () => {
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
  });
  it('regularizedGammaP: exponential CDF, erf and the continued-fraction side', () => {
    expect(regularizedGammaP(1, 2)).toBeCloseTo(1 - Math.exp(-2), 12);
    expect(regularizedGammaP(0.5, 1)).toBeCloseTo(0.8427007929497149, 12);
    // P(3, 10) = 1 − e^−10 (1 + 10 + 50)
    expect(regularizedGammaP(3, 10)).toBeCloseTo(1 - Math.exp(-10) * 61, 12);
  });
});

describe('distributionCdf', () => {
  it('gives P(X ≤ x) in minutes, with the unit, shift and bounds', () => {
    expect(distributionCdf({ dist: 'exponential', mean: 10 }, 10)).toBeCloseTo(
      1 - Math.exp(-1),
      10,
    );
    expect(distributionCdf({ dist: 'exponential', mean: 1, unit: 'h' }, 60)).toBeCloseTo(
      1 - Math.exp(-1),
      10,
    );
    expect(distributionCdf({ dist: 'uniform', min: 0, max: 4, shift: 2 }, 3)).toBeCloseTo(0.25, 12);
    // Bounded to [0, 2]: the conditional distribution.
    const bounded: Distribution = { dist: 'uniform', min: 0, max: 4, bounds: { max: 2 } };
    expect(distributionCdf(bounded, 1)).toBeCloseTo(0.5, 12);
    expect(distributionCdf(bounded, 3)).toBe(1);
    expect(distributionCdf({ dist: 'empirical', values: [1, 2, 3], weights: [1, 1, 2] }, 2)).toBe(
      0.5,
    );
    expect(distributionCdf({ dist: 'fixed', value: 5 }, 4.9)).toBe(0);
    expect(distributionCdf({ dist: 'gamma', shape: 2, scale: 3 }, 6)).toBeCloseTo(
      1 - 3 * Math.exp(-2),
      10,
    );
  });
});
