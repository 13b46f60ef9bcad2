/** Time units a distribution or SLA may be written in. Minutes are the default and the unit of every result. */
export type TimeUnit = 's' | 'min' | 'h' | 'd';

/** The time units, in order of size. */
export const TIME_UNITS: readonly TimeUnit[] = ['s', 'min', 'h', 'd'];

interface DistributionBase {
  /** Unit of every parameter; default `min`. */
  unit?: TimeUnit;
}

/** A duration or inter-arrival time (FORMAT.md "Distribution"). Discriminated by `dist`. */
export type Distribution =
  | (DistributionBase & { dist: 'fixed'; value: number })
  | (DistributionBase & { dist: 'uniform'; min: number; max: number })
  | (DistributionBase & { dist: 'triangular'; min: number; mode: number; max: number })
  | (DistributionBase & { dist: 'exponential'; mean: number })
  | (DistributionBase & { dist: 'normal'; mean: number; sd: number })
  | (DistributionBase & { dist: 'lognormal'; mean: number; sd: number })
  | (DistributionBase & { dist: 'erlang'; mean: number; k: number });

/** The names of the distributions, as written in `dist`. */
export type DistributionKind = Distribution['dist'];

/**
 * The numeric parameters each distribution takes, in canonical order (FORMAT.md "Distribution"):
 * the one table the parser and the scenario checks read.
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
};

/** A time limit such as an SLA: `{ value: 4, unit: 'h' }`. */
export interface Duration {
  value: number;
  unit: TimeUnit;
}
