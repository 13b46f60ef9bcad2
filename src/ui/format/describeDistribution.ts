import { distributionMean, fromMinutes, type Distribution } from '@flowsmith/model';

const round = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100));

/** The part a shift or bounds add to a label: ` +5` and ` [2–60]`, or nothing. Pure. */
function adjustments(d: Distribution): string {
  const shift = d.shift ? ` ${d.shift > 0 ? '+' : '−'}${round(Math.abs(d.shift))}` : '';
  const b = d.bounds;
  const bounds =
    b && (b.min !== undefined || b.max !== undefined)
      ? ` [${b.min === undefined ? '' : round(b.min)}–${b.max === undefined ? '' : round(b.max)}]`
      : '';
  return shift + bounds;
}

/**
 * A short label for a duration on the canvas and in the table: `15 min`, `10–15–30 min`
 * (three-point), `~30 min` (mean of a random distribution: also gamma, empirical and histogram),
 * followed by a shift (` +5`) and bounds (` [2–60]`) when the distribution has them. Pure.
 */
export function describeDistribution(d: Distribution | undefined): string {
  if (!d) return '';
  const unit = d.unit ?? 'min';
  const base = baseLabel(d);
  return `${base} ${unit}${adjustments(d)}`;
}

/** The label without unit and adjustments. Pure. */
function baseLabel(d: Distribution): string {
  switch (d.dist) {
    case 'fixed':
      return round(d.value);
    case 'uniform':
      return `${round(d.min)}–${round(d.max)}`;
    case 'triangular':
      return `${round(d.min)}–${round(d.mode)}–${round(d.max)}`;
    case 'exponential':
    case 'normal':
    case 'lognormal':
    case 'erlang':
      return `~${round(d.mean)}`;
    case 'gamma':
      return `~${round(d.shape * d.scale)}`;
    case 'empirical':
    case 'histogram': {
      // The mean before shift and bounds, like the kinds above (the shift is shown after it).
      const { shift: _shift, bounds: _bounds, ...plain } = d;
      const mean = fromMinutes(distributionMean(plain), d.unit ?? 'min');
      return Number.isFinite(mean) ? `~${round(mean)}` : '~?';
    }
  }
}
