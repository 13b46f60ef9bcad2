import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { formatIsoDuration, parseIsoCycle, parseIsoDuration } from './isoDuration';

describe('ISO-8601 durations', () => {
  it('reads one component in its own unit', () => {
    expect(parseIsoDuration('PT15M')).toEqual({ dist: 'fixed', value: 15 });
    expect(parseIsoDuration('PT4H')).toEqual({ dist: 'fixed', value: 4, unit: 'h' });
    expect(parseIsoDuration('P2D')).toEqual({ dist: 'fixed', value: 2, unit: 'd' });
    expect(parseIsoDuration('PT30S')).toEqual({ dist: 'fixed', value: 30, unit: 's' });
    expect(parseIsoDuration('PT1,5H')).toEqual({ dist: 'fixed', value: 1.5, unit: 'h' });
  });

  it('adds several components up in minutes (weeks 7 d, months 30 d)', () => {
    expect(parseIsoDuration('PT1H30M')).toEqual({ dist: 'fixed', value: 90 });
    expect(parseIsoDuration('P1W')).toEqual({ dist: 'fixed', value: 7 * 1440 });
    expect(parseIsoDuration('P1M')).toEqual({ dist: 'fixed', value: 30 * 1440 });
  });

  it('rejects dates, expressions and empty durations', () => {
    for (const bad of ['2026-01-01T00:00:00Z', '${wait}', 'P', 'PT', '', 'R/PT1H', undefined])
      expect(parseIsoDuration(bad)).toBeUndefined();
  });

  it('reads the period of a cycle', () => {
    expect(parseIsoCycle('R/PT10M')).toEqual({ dist: 'fixed', value: 10 });
    expect(parseIsoCycle('R3/P1D')).toEqual({ dist: 'fixed', value: 1, unit: 'd' });
    expect(parseIsoCycle('PT10M')).toBeUndefined();
  });

  it('writes a fixed duration that reads back the same', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100000 }),
        fc.constantFrom('s', 'min', 'h', 'd'),
        (value, unit) => {
          const d =
            unit === 'min'
              ? { dist: 'fixed' as const, value }
              : { dist: 'fixed' as const, value, unit: unit as 's' | 'h' | 'd' };
          expect(parseIsoDuration(formatIsoDuration(d))).toEqual(d);
        },
      ),
    );
  });

  it('writes other distributions as their mean', () => {
    expect(formatIsoDuration({ dist: 'exponential', mean: 2, unit: 'h' })).toBe('PT2H');
    expect(formatIsoDuration({ dist: 'uniform', min: 10, max: 20 })).toBe('PT15M');
  });
});
