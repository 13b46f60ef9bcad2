import { distributionMean } from '../distribution/distributionMoments';
import type { Distribution } from '../types/distribution';

/**
 * The duration of steps merged into one (rule of `steps.merge`): none if none has one; the one
 * duration unchanged if only one has it; the sum as `fixed` if all are fixed (in their unit when
 * they share it, else in minutes); otherwise a `fixed` duration equal to the sum of the means in
 * minutes (the variance is not kept: a merged step's spread is not known). Pure.
 */
export function mergedDuration(
  durations: ReadonlyArray<Distribution | undefined>,
): Distribution | undefined {
  const given = durations.filter((d): d is Distribution => d !== undefined);
  if (given.length <= 1) return given[0];
  const units = new Set(given.map((d) => d.unit ?? 'min'));
  if (given.every((d) => d.dist === 'fixed') && units.size === 1) {
    const value = given.reduce((sum, d) => sum + (d.dist === 'fixed' ? d.value : 0), 0);
    const unit = given[0]!.unit;
    return unit === undefined ? { dist: 'fixed', value } : { dist: 'fixed', value, unit };
  }
  const minutes = given.reduce((sum, d) => sum + distributionMean(d), 0);
  return { dist: 'fixed', value: minutes, unit: 'min' };
}
