import type { Distribution } from '../types/distribution';

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The same distribution with every time in it multiplied by `factor` (its mean and spread scale
 * together; shape parameters such as Erlang's `k` or gamma's `shape` and the weights stay), its
 * `shift` and `bounds` too. Pure.
 */
export function scaleDistribution(d: Distribution, factor: number): Distribution {
  const scaled = scaleParameters(d, factor);
  if (d.shift !== undefined) scaled.shift = round(d.shift * factor);
  if (d.bounds) {
    scaled.bounds = {};
    if (d.bounds.min !== undefined) scaled.bounds.min = round(d.bounds.min * factor);
    if (d.bounds.max !== undefined) scaled.bounds.max = round(d.bounds.max * factor);
  }
  return scaled;
}

function scaleParameters(d: Distribution, factor: number): Distribution {
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
    case 'gamma':
      return { ...d, scale: round(d.scale * factor) };
    case 'empirical':
      return { ...d, values: d.values.map((v) => round(v * factor)) };
    case 'histogram':
      return {
        ...d,
        bins: d.bins.map((b) => ({ ...b, from: round(b.from * factor), to: round(b.to * factor) })),
      };
  }
}
