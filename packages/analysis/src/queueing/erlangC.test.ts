import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { erlangC, ggcWait, HALFIN_WHITT_LOAD, mmcWait, waitIsNegligible } from './erlangC';

/** The Erlang B recursion over every server: the reference (cost grows with `c`). */
function exactErlangC(c: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  const rho = a / c;
  return b / (1 - rho * (1 - b));
}

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

// Issue 14: a capacity of ~1e9 ran the recursion once per server and hung analyze for minutes.
describe('erlangC for many servers', () => {
  it('answers for a billion-fold capacity without a loop per server', { timeout: 2000 }, () => {
    // 1e15 servers just above the load: the old recursion would take 1e15 steps (days).
    const c = erlangC(1e15, 1e15 - 1e7);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(1);
    expect(erlangC(1e9, 10)).toBe(0);
    expect(mmcWait(1, 10, 4_294_967_296)).toBe(0);
  });

  it('is 0 only where the exact probability of waiting is below 1e-16', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 3000, noNaN: true }), (a) => {
        const c = Math.ceil(a + 10 * Math.sqrt(a) + 40);
        expect(waitIsNegligible(c, a)).toBe(true);
        expect(erlangC(c, a)).toBe(0);
        expect(exactErlangC(c, a)).toBeLessThan(1e-16);
      }),
      { numRuns: 30 },
    );
  });

  it('stays within 6 % of the exact value above the Halfin–Whitt load', () => {
    for (const a of [HALFIN_WHITT_LOAD + 1, 2 * HALFIN_WHITT_LOAD])
      for (const beta of [0.2, 1, 2, 3]) {
        const c = Math.round(a + beta * Math.sqrt(a));
        const exact = exactErlangC(c, a);
        expect(Math.abs(erlangC(c, a) / exact - 1)).toBeLessThan(0.06);
      }
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
