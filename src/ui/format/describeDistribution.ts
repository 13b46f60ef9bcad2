import type { Distribution } from '@flowsmith/model';

const round = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100));

/**
 * A short label for a duration on the canvas and in the table: `15 min`, `10–15–30 min`
 * (three-point), `~30 min` (mean of a random distribution). Pure.
 */
export function describeDistribution(d: Distribution | undefined): string {
  if (!d) return '';
  const unit = d.unit ?? 'min';
  switch (d.dist) {
    case 'fixed':
      return `${round(d.value)} ${unit}`;
    case 'uniform':
      return `${round(d.min)}–${round(d.max)} ${unit}`;
    case 'triangular':
      return `${round(d.min)}–${round(d.mode)}–${round(d.max)} ${unit}`;
    case 'exponential':
    case 'normal':
    case 'lognormal':
    case 'erlang':
      return `~${round(d.mean)} ${unit}`;
  }
}
