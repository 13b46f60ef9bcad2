import type { Distribution } from '../types/distribution';

/**
 * The smallest and largest values a distribution's own draws can take, before `shift` and
 * `bounds`, in its unit: `[0, Infinity]` for the unbounded ones (normal is truncated at 0 when
 * sampled); only values and bins with a weight above 0 count. Pure.
 */
export function distributionSupport(d: Distribution): [number, number] {
  switch (d.dist) {
    case 'fixed':
      return [d.value, d.value];
    case 'uniform':
    case 'triangular':
      return [d.min, d.max];
    case 'normal':
      return d.sd > 0 ? [0, Infinity] : [Math.max(0, d.mean), Math.max(0, d.mean)];
    case 'lognormal':
      return d.sd > 0 ? [0, Infinity] : [d.mean, d.mean];
    case 'exponential':
    case 'erlang':
    case 'gamma':
      return [0, Infinity];
    case 'empirical': {
      const kept = d.values.filter((_, i) => (d.weights ? d.weights[i]! > 0 : true));
      return [Math.min(...kept), Math.max(...kept)];
    }
    case 'histogram': {
      const kept = d.bins.filter((b) => b.weight > 0);
      return [Math.min(...kept.map((b) => b.from)), Math.max(...kept.map((b) => b.to))];
    }
  }
}
