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

describe('fitDuration keeps the mean', () => {
  it('gives every candidate the sample mean, even on heavy tails', () => {
    // Many near-zero values and a long tail: a lognormal by plain maximum likelihood would put
    // its mean far from the sample's; here only its spread is fitted.
    const u = uniforms(3, 2000);
    const xs = u.map((x, i) => (i % 3 === 0 ? 0 : Math.exp(12 * x)));
    const fit = fitDuration(xs)!;
    for (const c of fit.candidates)
      expect(Math.abs(distributionMean(c.distribution) - fit.mean) / fit.mean).toBeLessThan(1e-4);
  });

  it('fits a gamma of shape ½ (a chi-square of one degree) as a gamma', () => {
    const u = uniforms(5, 4000);
    const v = uniforms(9, 4000);
    const xs = u.map((x, i) => {
      const z = Math.sqrt(-2 * Math.log(x)) * Math.cos(2 * Math.PI * v[i]!);
      return 3 * z * z; // gamma(shape ½, scale 6), mean 3
    });
    const fit = fitDuration(xs)!;
    expect(fit.best.dist).toBe('gamma');
    expect(fit.best.dist === 'gamma' && fit.best.shape).toBeCloseTo(0.5, 1);
  });

  it('leaves the triangular out when no mode inside its ends gives the mean', () => {
    // Mostly at the low end with a few far values: 3 × mean − ends falls below the lower end.
    const xs = [...Array.from({ length: 50 }, () => 1), 1.1, 100];
    expect(fitDuration(xs)!.candidates.some((c) => c.distribution.dist === 'triangular')).toBe(
      false,
    );
  });
});

describe('fitDuration on a flat sample', () => {
  it('fits a uniform wait (a weekly run reached at any moment) as a uniform', () => {
    const xs = uniforms(13, 2000).map((x) => 10_080 * x);
    const fit = fitDuration(xs)!;
    expect(fit.best.dist).toBe('uniform');
    expect(Math.abs(distributionMean(fit.best) - fit.mean) / fit.mean).toBeLessThan(0.02);
  });
});
