import type { Distribution } from '@flowsmith/model';

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The same distribution with every time in it multiplied by `factor` (its mean and spread scale
 * together; shape parameters such as Erlang's `k` stay). Pure.
 */
export function scaleDistribution(d: Distribution, factor: number): Distribution {
  switch (d.dist) {
    case 'fixed':
      return { ...d, value: round(d.value * factor) };
    case 'uniform':
      return { ...d, min: round(d.min * factor), max: round(d.max * factor) };
    case 'triangular':
      return {
        ...d,
        min: round(d.min * factor),
        mode: round(d.mode * factor),
        max: round(d.max * factor),
      };
    case 'exponential':
      return { ...d, mean: round(d.mean * factor) };
    case 'normal':
    case 'lognormal':
      return { ...d, mean: round(d.mean * factor), sd: round(d.sd * factor) };
    case 'erlang':
      return { ...d, mean: round(d.mean * factor) };
  }
}
