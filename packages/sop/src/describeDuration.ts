import { distributionMean, type Distribution, type Duration, type Lang } from '@flowsmith/model';
import { formatMinutes } from '@flowsmith/analysis';
import { sopLabels } from './messages';

/** A number as people write it: at most two decimals, no trailing zeros. Pure. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * How long a step takes, as a reader of an SOP wants it: a three-point estimate as
 * "15 min (between 10 and 25 min)", a fixed time as "15 min", anything else as "about 20 min"
 * (its mean). Pure.
 */
export function describeDuration(duration: Distribution, lang: Lang): string {
  const labels = sopLabels[lang];
  const unit = labels.units[duration.unit ?? 'min'];
  const v = (x: number) => `${formatNumber(x)}${unit}`;
  switch (duration.dist) {
    case 'fixed':
      return v(duration.value);
    case 'triangular':
      return labels.durationRange(v(duration.min), v(duration.mode), v(duration.max));
    case 'uniform':
      return labels.durationRange(
        v(duration.min),
        v((duration.min + duration.max) / 2),
        v(duration.max),
      );
    default:
      return labels.durationMean(formatMinutes(distributionMean(duration), lang));
  }
}

/** A time limit such as `4 h` / `4 小时`. Pure. */
export function describeLimit(limit: Duration, lang: Lang): string {
  return `${formatNumber(limit.value)}${sopLabels[lang].units[limit.unit]}`;
}
