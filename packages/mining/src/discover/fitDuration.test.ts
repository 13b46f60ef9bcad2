import { describe, expect, it } from 'vitest';
import { distributionMean } from '@flowsmith/model';
import { fitDuration, logGamma } from './fitDuration';

/** A deterministic uniform stream (a linear congruential generator). */
function uniforms(seed: number, n: number): number[] {
  const out: number[] = [];
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    out.push((s + 0.5) / 2 ** 31);
  }
  return out;
}

describe('fitDuration', () => {
  it('picks the family the sample came from, by AIC', () => {
    const u = uniforms(7, 4000);
    const exp = u.map((x) => -10 * Math.log(x));
    expect(fitDuration(exp)!.best.dist).toBe('exponential');
    const tri = u.map((x) =>
      x < 0.25 ? 10 + Math.sqrt(x * 20 * 5) : 30 - Math.sqrt((1 - x) * 20 * 15),
    );
    expect(fitDuration(tri)!.best.dist).toBe('triangular');
    const v = uniforms(11, 4000);
    const logn = u.map((x, i) =>
      Math.exp(2 + 0.5 * Math.sqrt(-2 * Math.log(x)) * Math.cos(2 * Math.PI * v[i]!)),
    );
    const fit = fitDuration(logn)!;
    expect(fit.best.dist).toBe('lognormal');
    expect(distributionMean(fit.best)).toBeCloseTo(Math.exp(2 + 0.125), 0);
  });

  it('gives a fixed duration for equal values and nothing for none', () => {
    expect(fitDuration([5, 5, 5])!.best).toEqual({ dist: 'fixed', value: 5, unit: 'min' });
    expect(fitDuration([])).toBeUndefined();
  });

  it('computes ln Γ', () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 10);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 10);
  });
});

describe('fitDuration on heavy tails', () => {
  it('does not choose a fit whose mean is far from the sample mean', () => {
    // Many near-zero gaps and a long tail: the lognormal's likelihood wins, its mean is far off.
    const u = uniforms(3, 2000);
    const xs = u.map((x, i) => (i % 3 === 0 ? 0 : Math.exp(12 * x)));
    const fit = fitDuration(xs)!;
    expect(fit.candidates[0]!.distribution.dist).toBe('lognormal');
    expect(Math.abs(distributionMean(fit.best) - fit.mean) / fit.mean).toBeLessThan(0.1);
  });
});
