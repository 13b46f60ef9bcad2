/** Time units a distribution or SLA may be written in. Minutes are the default and the unit of every result. */
export type TimeUnit = 's' | 'min' | 'h' | 'd';

/** The time units, in order of size. */
export const TIME_UNITS: readonly TimeUnit[] = ['s', 'min', 'h', 'd'];

interface DistributionBase {
  /** Unit of every parameter (and of `shift` and `bounds`); default `min`. */
  unit?: TimeUnit;
  /** Added to every draw (a location shift: the scipy `loc` of Prosimos); default 0. */
  shift?: number;
  /**
   * Draws (after `shift`) outside `[min, max]` are drawn again: the distribution truncated to the
   * bounds ("an exponential between 150 s and 1,500 s"). Either side may be left out.
   */
  bounds?: DistributionBounds;
}

/** The range a distribution is truncated to, in its unit; `min` ≤ `max`. */
export interface DistributionBounds {
  min?: number;
  max?: number;
}

/** One bar of a histogram distribution: draws fall uniformly in `[from, to)` with share `weight`. */
export interface HistogramBin {
  from: number;
  to: number;
  weight: number;
}

/** A duration or inter-arrival time (FORMAT.md "Distribution"). Discriminated by `dist`. */
export type Distribution =
  | (DistributionBase & { dist: 'fixed'; value: number })
  | (DistributionBase & { dist: 'uniform'; min: number; max: number })
  | (DistributionBase & { dist: 'triangular'; min: number; mode: number; max: number })
  | (DistributionBase & { dist: 'exponential'; mean: number })
  | (DistributionBase & { dist: 'normal'; mean: number; sd: number })
  | (DistributionBase & { dist: 'lognormal'; mean: number; sd: number })
  | (DistributionBase & { dist: 'erlang'; mean: number; k: number })
  /** Gamma with any positive `shape` (not only whole numbers) and `scale`; mean = shape × scale. */
  | (DistributionBase & { dist: 'gamma'; shape: number; scale: number })
  /** One of the observed `values`, each with its `weights` share (equal shares when absent). */
  | (DistributionBase & { dist: 'empirical'; values: number[]; weights?: number[] })
  /** A histogram (e.g. fitted from an event log): a bin by weight, then uniform within it. */
  | (DistributionBase & { dist: 'histogram'; bins: HistogramBin[] });

/** The names of the distributions, as written in `dist`. */
export type DistributionKind = Distribution['dist'];

/**
 * The parameters each distribution takes, in canonical order (FORMAT.md "Distribution"): the one
 * table the parser and the scenario checks read. All are numbers except `values`/`weights`
 * (arrays of numbers) and `bins` (an array of {@link HistogramBin}).
 */
export const DISTRIBUTION_PARAMETERS: {
  readonly [K in DistributionKind]: readonly Exclude<
    keyof Extract<Distribution, { dist: K }>,
    'dist' | 'unit'
  >[];
} = {
  fixed: ['value'],
  uniform: ['min', 'max'],
  triangular: ['min', 'mode', 'max'],
  exponential: ['mean'],
  normal: ['mean', 'sd'],
  lognormal: ['mean', 'sd'],
  erlang: ['mean', 'k'],
  gamma: ['shape', 'scale'],
  empirical: ['values', 'weights'],
  histogram: ['bins'],
};

/** A time limit such as an SLA: `{ value: 4, unit: 'h' }`. */
export interface Duration {
  value: number;
  unit: TimeUnit;
}
