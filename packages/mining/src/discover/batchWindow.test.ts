import { describe, expect, it } from 'vitest';
import { batchWindow } from './batchWindow';

const MIN = 60_000;

describe('batchWindow', () => {
  it('takes the wait most groups were released on, later ones waited for a person', () => {
    const waits = [...Array(12).fill(120 * MIN), 125 * MIN, 150 * MIN, 200 * MIN];
    expect(batchWindow(waits, 1, 8)).toBe(120 * MIN);
  });

  it('allows two resolution steps of rounding', () => {
    const waits = [119, 120, 121, 120, 120, 119, 121, 120, 160].map((m) => m * MIN);
    const w = batchWindow(waits, MIN, 8)! / MIN;
    expect(w).toBeGreaterThanOrEqual(119);
    expect(w).toBeLessThanOrEqual(121);
  });

  it('finds none in waits that spread (the time a batch of a size takes to fill)', () => {
    // Gamma(5)-like spread: no floor the waits pile up on.
    const waits = [40, 55, 62, 70, 81, 90, 97, 105, 118, 130, 142, 160, 185, 220].map(
      (m) => m * MIN,
    );
    expect(batchWindow(waits, 1, 8)).toBeUndefined();
  });

  it('finds none when too many groups were released before it, or too few groups', () => {
    const early = [...Array(10).fill(120 * MIN), ...[10, 20, 30, 40].map((m) => m * MIN)];
    expect(batchWindow(early, 1, 8)).toBeUndefined();
    expect(batchWindow(Array(5).fill(120 * MIN), 1, 8)).toBeUndefined();
    expect(batchWindow(Array(10).fill(0), 1, 8)).toBeUndefined();
  });
});
