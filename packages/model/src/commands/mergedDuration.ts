import { distributionMean, distributionVariance } from '../distribution/distributionMoments';
import type { Distribution } from '../types/distribution';

/**
 * The duration of steps merged into one (SPEC.md MERGE-1): none if none has one; the one duration
 * unchanged if only one has it; the sum as `fixed` if all are fixed (in their unit when they share
 * it, else in minutes); otherwise a **moment-matched** `lognormal` in minutes whose mean is the sum
 * of the means and whose variance is the sum of the variances (the steps' times are taken as
 * independent), so the merged step keeps the spread of the work it replaces. Pure.
 */
export function mergedDuration(
  durations: ReadonlyArray<Distribution | undefined>,
): Distribution | undefined {
  const given = durations.filter((d): d is Distribution => d !== undefined);
  if (given.length <= 1) return given[0];
  const units = new Set(given.map((d) => d.unit ?? 'min'));
  if (given.every((d) => d.dist === 'fixed') && units.size === 1) {
    // a fixed time with a shift is its value plus the shift; valid bounds contain it
    const value = given.reduce(
      (sum, d) => sum + (d.dist === 'fixed' ? d.value + (d.shift ?? 0) : 0),
      0,
    );
    const unit = given[0]!.unit;
    return unit === undefined ? { dist: 'fixed', value } : { dist: 'fixed', value, unit };
  }
  const mean = given.reduce((sum, d) => sum + distributionMean(d), 0);
  const variance = given.reduce((sum, d) => sum + distributionVariance(d), 0);
  if (variance <= 0 || mean <= 0) return { dist: 'fixed', value: mean, unit: 'min' };
  return { dist: 'lognormal', mean, sd: Math.sqrt(variance), unit: 'min' };
}
