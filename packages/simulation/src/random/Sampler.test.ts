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
