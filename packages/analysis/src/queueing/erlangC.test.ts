import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { erlangC, ggcWait, mmcWait } from './erlangC';

describe('erlangC', () => {
  it('is ρ for one server (M/M/1: P(wait) = ρ)', () => {
    expect(erlangC(1, 0.8)).toBeCloseTo(0.8, 12);
  });

  it('matches the closed form for two servers: C = 2ρ² / (1 + ρ)', () => {
    const rho = 0.6;
    expect(erlangC(2, 2 * rho)).toBeCloseTo((2 * rho * rho) / (1 + rho), 12);
  });

  it('matches the factorial formula for M/M/5 at A = 4.5', () => {
    const c = 5;
    const a = 4.5;
    const fact = (k: number): number => (k <= 1 ? 1 : k * fact(k - 1));
    let sum = 0;
    for (let k = 0; k < c; k++) sum += a ** k / fact(k);
    const top = (a ** c / fact(c)) * (c / (c - a));
    expect(erlangC(c, a)).toBeCloseTo(top / (sum + top), 12);
  });

  it('stays within 0..1 and grows with the load', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (c, rho) => {
          const p = erlangC(c, rho * c);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
          expect(erlangC(c, Math.min(c * 0.999, rho * c * 1.01))).toBeGreaterThanOrEqual(p - 1e-12);
        },
      ),
    );
  });
});

describe('mmcWait', () => {
  it('is ρ/(μ − λ) for M/M/1', () => {
    // λ = 0.1, S = 8: Wq = 0.8 / (0.125 − 0.1) = 32
    expect(mmcWait(0.1, 8, 1)).toBeCloseTo(32, 9);
  });

  it('is unbounded at or above full load, and 0 without arrivals', () => {
    expect(mmcWait(0.2, 5, 1)).toBe(Infinity);
    expect(mmcWait(0, 5, 1)).toBe(0);
    expect(mmcWait(1, 5, 0)).toBe(Infinity);
  });
});

describe('ggcWait', () => {
  it('is Pollaczek–Khinchine for M/D/1: half the M/M/1 wait', () => {
    expect(ggcWait(0.1, 8, 1, 1, 0)).toBeCloseTo(16, 9);
  });

  it('equals M/M/c when both variabilities are 1', () => {
    expect(ggcWait(4.5, 1, 5, 1, 1)).toBeCloseTo(mmcWait(4.5, 1, 5), 12);
  });
});
