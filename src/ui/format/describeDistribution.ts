import { distributionMean, fromMinutes, type Distribution, type TimeUnit } from '@flowsmith/model';

/** A figure to `digits` significant digits (whole numbers as they are). */
const figure = (n: number, digits: number) =>
  Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(digits)));

/** Labels longer than this do not fit a task box's foot at 10 px: figures go to 2 digits. */
const FITS = 15;

const MINUTES: Record<TimeUnit, number> = { s: 1 / 60, min: 1, h: 60, d: 1440 };

/** The part a shift or bounds add to a label: ` +5` and ` [2–60]`, or nothing; × `scale`. Pure. */
function adjustments(d: Distribution, scale: number, digits: number): string {
  const r = (n: number) => figure(n * scale, digits);
  const shift = d.shift ? ` ${d.shift > 0 ? '+' : '−'}${r(Math.abs(d.shift))}` : '';
  const b = d.bounds;
  const bounds =
    b && (b.min !== undefined || b.max !== undefined)
      ? ` [${b.min === undefined ? '' : r(b.min)}–${b.max === undefined ? '' : r(b.max)}]`
      : '';
  return shift + bounds;
}

/**
 * The unit a label shows: as written, except that a mean (`~…`, a figure nobody typed) of 2 min
 * or more written in seconds shows in minutes, and one of 4 h or more in minutes shows in hours —
 * Prosimos and event logs give seconds, and `~1868 s` says less than `~31.13 min`. Pure.
 */
function shownUnit(d: Distribution, mean: number | null): TimeUnit {
  const unit = d.unit ?? 'min';
  if (mean === null) return unit;
  const minutes = mean * MINUTES[unit];
  if (unit === 's' && minutes >= 2) return 'min';
  if (unit === 'min' && minutes >= 240) return 'h';
  return unit;
}

/**
 * A short label for a duration on the canvas and in the table: `15 min`, `10–15–30 min`
 * (three-point), `~30 min` (mean of a random distribution: also gamma, empirical and histogram),
 * followed by a shift (` +5`) and bounds (` [2–60]`) when the distribution has them. Figures
 * have at most 3 significant digits, 2 when the label would be longer than 15 characters (a
 * fitted `3.0882–5.84133–11.9084` reads `3.1–5.8–12 min`, inside a task box); whole numbers
 * stay whole. Pure.
 */
export function describeDistribution(d: Distribution | undefined): string {
  if (!d) return '';
  const label = labelOf(d, 3);
  return label.length <= FITS ? label : labelOf(d, 2);
}

function labelOf(d: Distribution, digits: number): string {
  const round = (n: number) => figure(n, digits);
  const mean = meanOf(d);
  const unit = shownUnit(d, mean !== null && Number.isFinite(mean) ? mean : null);
  const scale = MINUTES[d.unit ?? 'min'] / MINUTES[unit];
  const base =
    mean === null
      ? writtenLabel(d, round)
      : Number.isFinite(mean)
        ? `~${round(mean * scale)}`
        : '~?';
  return `${base} ${unit}${adjustments(d, scale, digits)}`;
}

/** The label of a distribution people type as figures: `15`, `10–15`, `10–15–30`. Pure. */
function writtenLabel(d: Distribution, round: (n: number) => string): string {
  switch (d.dist) {
    case 'fixed':
      return round(d.value);
    case 'uniform':
      return `${round(d.min)}–${round(d.max)}`;
    case 'triangular':
      return `${round(d.min)}–${round(d.mode)}–${round(d.max)}`;
    default:
      return '';
  }
}

/**
 * The mean a random distribution is labelled with, in its own unit, before shift and bounds
 * (the shift is shown after it); null for the kinds labelled by their figures. Pure.
 */
function meanOf(d: Distribution): number | null {
  switch (d.dist) {
    case 'fixed':
    case 'uniform':
    case 'triangular':
      return null;
    case 'exponential':
    case 'normal':
    case 'lognormal':
    case 'erlang':
      return d.mean;
    case 'gamma':
      return d.shape * d.scale;
    case 'empirical':
    case 'histogram': {
      const { shift: _shift, bounds: _bounds, ...plain } = d;
      return fromMinutes(distributionMean(plain), d.unit ?? 'min');
    }
  }
}
