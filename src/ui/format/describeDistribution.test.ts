import { describe, expect, it } from 'vitest';
import { describeDistribution } from './describeDistribution';

describe('describeDistribution', () => {
  it('shows typed figures as written, in their unit', () => {
    expect(describeDistribution({ dist: 'fixed', value: 15 })).toBe('15 min');
    expect(describeDistribution({ dist: 'triangular', min: 10, mode: 15, max: 30 })).toBe(
      '10–15–30 min',
    );
    expect(describeDistribution({ dist: 'fixed', value: 900, unit: 's' })).toBe('900 s');
  });

  it('shows a mean in a readable unit: seconds of a Prosimos import become minutes', () => {
    const lognormal = { dist: 'lognormal', mean: 1868, sd: 400, unit: 's' } as const;
    expect(describeDistribution(lognormal)).toBe('~31.1 min');
    expect(describeDistribution({ dist: 'exponential', mean: 90, unit: 's' })).toBe('~90 s');
    expect(describeDistribution({ dist: 'exponential', mean: 300 })).toBe('~5 h');
    expect(describeDistribution({ dist: 'gamma', shape: 2.5, scale: 4 })).toBe('~10 min');
  });

  it('keeps a fitted duration short enough for a task box', () => {
    const fitted = { dist: 'triangular', min: 3.0882, mode: 5.84133, max: 11.9084 } as const;
    expect(describeDistribution(fitted)).toBe('3.1–5.8–12 min');
    expect(describeDistribution({ dist: 'lognormal', mean: 29.3151, sd: 14.41 })).toBe('~29.3 min');
    expect(describeDistribution({ dist: 'uniform', min: 2.5, max: 7.25 })).toBe('2.5–7.25 min');
  });

  it('converts shift and bounds with the mean', () => {
    const bounded = {
      dist: 'exponential',
      mean: 600,
      unit: 's',
      shift: 60,
      bounds: { min: 150, max: 1500 },
    } as const;
    expect(describeDistribution(bounded)).toBe('~10 min +1 [2.5–25]');
  });
});
