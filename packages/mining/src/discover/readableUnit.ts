import { distributionMean, scaleDistribution, type Distribution } from '@flowsmith/model';

/**
 * A fitted duration (in minutes) written in the unit people read it in: days when its mean is
 * two days or more, hours when four hours or more, else minutes (a payment term of 30 days, not
 * `29236.7–43674.5–64565.5 min`); the same distribution, every figure rescaled. Pure.
 */
export function readableUnit(d: Distribution): Distribution {
  if ((d.unit ?? 'min') !== 'min') return d;
  const mean = distributionMean(d);
  if (mean >= 2880) return { ...scaleDistribution(d, 1 / 1440), unit: 'd' };
  if (mean >= 240) return { ...scaleDistribution(d, 1 / 60), unit: 'h' };
  return d;
}
