import { describe, it, expect } from 'vitest';
import { distributionMean, distributionVariance, type Distribution } from '@flowsmith/model';
import { RandomStream } from './RandomStream';
import { Sampler } from './Sampler';
import { streamSeed } from './streamSeed';

const dists: Distribution[] = [
  { dist: 'fixed', value: 15 },
  { dist: 'uniform', min: 10, max: 20 },
  { dist: 'triangular', min: 10, mode: 15, max: 30 },
  { dist: 'exponential', mean: 30 },
  { dist: 'normal', mean: 20, sd: 5 },
  { dist: 'normal', mean: 2, sd: 5 },
  { dist: 'normal', mean: -8, sd: 4 },
  { dist: 'lognormal', mean: 20, sd: 10 },
  { dist: 'erlang', mean: 20, k: 3 },
  { dist: 'exponential', mean: 2, unit: 'h' },
  { dist: 'uniform', min: 30, max: 90, unit: 's' },
  { dist: 'gamma', shape: 0.35, scale: 20 },
  { dist: 'gamma', shape: 2.7, scale: 4 },
  { dist: 'gamma', shape: 1, scale: 3, unit: 'h' },
  { dist: 'empirical', values: [2, 5, 11, 40], weights: [0.5, 0.2, 0.2, 0.1] },
  { dist: 'empirical', values: [3, 9] },
  {
    dist: 'histogram',
    bins: [
      { from: 0, to: 5, weight: 3 },
      { from: 5, to: 20, weight: 1 },
      { from: 30, to: 31, weight: 0.5 },
    ],
  },
  { dist: 'exponential', mean: 10, shift: 2 },
  { dist: 'exponential', mean: 300, unit: 's', bounds: { min: 150, max: 1500 } },
  { dist: 'normal', mean: 20, sd: 8, bounds: { min: 10, max: 25 } },
  { dist: 'lognormal', mean: 20, sd: 15, shift: 5, bounds: { max: 40 } },
  { dist: 'gamma', shape: 0.6, scale: 10, bounds: { min: 1 } },
  { dist: 'histogram', bins: [{ from: 0, to: 10, weight: 1 }], shift: -2, bounds: { min: 0 } },
];

describe('Sampler', () => {
  it.each(dists)(
    'SIM-DIST-1 sample mean and variance of %j match distributionMean / distributionVariance',
    (d) => {
      const s = new Sampler(d, new RandomStream(42));
      const n = 100_000;
      let sum = 0;
      let sq = 0;
      let min = Infinity;
      for (let i = 0; i < n; i++) {
        const x = s.sample();
        sum += x;
        sq += x * x;
        min = Math.min(min, x);
      }
      const mean = sum / n;
      const variance = sq / n - mean * mean;
      const m = distributionMean(d);
      const v = distributionVariance(d);
      expect(min).toBeGreaterThanOrEqual(0);
      // 4.5 standard errors of the mean, plus a little for the model's CDF approximation
      expect(Math.abs(mean - m)).toBeLessThanOrEqual(
        4.5 * Math.sqrt(v / n) + 1e-6 * Math.max(1, m),
      );
      if (v === 0) expect(variance).toBeCloseTo(0, 6);
      else expect(Math.abs(variance - v) / v).toBeLessThan(0.03);
    },
  );

  it('SIM-DIST-3 bounds: after 1,000 draws outside them the draw is clamped into them', () => {
    // P(exponential of mean 1 > 1000) is e^-1000: every draw is rejected, then clamped.
    const rng = new RandomStream(3);
    const s = new Sampler({ dist: 'exponential', mean: 1, bounds: { min: 1000 } }, rng);
    const twin = new RandomStream(3);
    expect(s.sample()).toBe(1000);
    // It drew 1 + 1,000 numbers (one per exponential) before giving up.
    for (let i = 0; i < 1001; i++) twin.nextOpen();
    expect(rng.next()).toBe(twin.next());
    const capped = new Sampler({ dist: 'fixed', value: 9, bounds: { max: 4 } }, rng);
    expect(capped.sample()).toBe(4);
  });

  it('SIM-DIST-3 shift and bounds are in the unit, and scale with the duration factor', () => {
    const s = new Sampler(
      { dist: 'uniform', min: 0, max: 1, unit: 'h', shift: 1, bounds: { min: 1.5 } },
      new RandomStream(5),
      2,
    );
    for (let i = 0; i < 1000; i++) {
      const x = s.sample();
      expect(x).toBeGreaterThanOrEqual(180);
      expect(x).toBeLessThan(240);
    }
  });

  it('SIM-DIST-1 distributions without shift or bounds draw exactly as before', () => {
    const s = new Sampler({ dist: 'exponential', mean: 7 }, new RandomStream(11));
    const rng = new RandomStream(11);
    for (let i = 0; i < 100; i++) expect(s.sample()).toBe(-7 * Math.log(rng.nextOpen()));
  });

  it('SIM-DIST-1 empirical draws only its values, in their shares', () => {
    const s = new Sampler(
      { dist: 'empirical', values: [1, 2, 3], weights: [0, 1, 3] },
      new RandomStream(8),
    );
    const counts = new Map<number, number>();
    const n = 40_000;
    for (let i = 0; i < n; i++) {
      const x = s.sample();
      counts.set(x, (counts.get(x) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([2, 3]);
    // Binomial share 0.25: 4.5 standard errors.
    expect(Math.abs(counts.get(2)! / n - 0.25)).toBeLessThan(4.5 * Math.sqrt(0.1875 / n));
  });

  it('SIM-DIST-2 scales by the duration factor', () => {
    const s = new Sampler({ dist: 'fixed', value: 10, unit: 'h' }, new RandomStream(1), 0.5);
    expect(s.sample()).toBe(300);
  });

  it('SIM-RNG-1 a seed reproduces its stream; streams of different sources differ', () => {
    const a = new RandomStream(streamSeed(1, 0, 'duration:a'));
    const b = new RandomStream(streamSeed(1, 0, 'duration:a'));
    const c = new RandomStream(streamSeed(1, 0, 'duration:b'));
    const d = new RandomStream(streamSeed(1, 1, 'duration:a'));
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
    expect(Array.from({ length: 5 }, () => d.next())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});
