/**
 * The distributions the inspector offers, their parameters, how to switch kind keeping the mean,
 * and why a set of parameters does not make sense (FORMAT.md "Distribution" and the
 * gamma / empirical / histogram, shift and bounds extensions).
 */
import {
  DISTRIBUTION_PARAMETERS,
  distributionMean,
  fromMinutes,
  type Distribution,
  type DistributionKind,
  type HistogramBin,
  type TimeUnit,
} from '@flowsmith/model';

/** The kinds in the order the drop-down lists them: the workshop's three-point estimate first. */
export const DISTRIBUTION_KINDS: readonly DistributionKind[] = [
  'triangular',
  'fixed',
  'uniform',
  'exponential',
  'normal',
  'lognormal',
  'erlang',
  'gamma',
  'empirical',
  'histogram',
];

/** Parameters that are lists (observed values, their weights, histogram bins), asked for apart. */
const LIST_PARAMS: ReadonlySet<string> = new Set(['values', 'weights', 'bins']);

/** The single-number parameters of each kind, in the order they are asked for (the model's order). */
export const NUMBER_PARAMS: Record<DistributionKind, readonly string[]> = {
  ...DISTRIBUTION_PARAMETERS,
};
for (const kind of Object.keys(NUMBER_PARAMS) as DistributionKind[])
  NUMBER_PARAMS[kind] = NUMBER_PARAMS[kind].filter((p) => !LIST_PARAMS.has(p));

const r2 = (x: number) => Math.round(x * 100) / 100;

/**
 * A distribution of `kind` with about the same mean as `from` (or 10), in `unit`; a shift and
 * bounds carry over. Pure.
 */
export function convertDistribution(
  from: Distribution | undefined,
  kind: DistributionKind,
): Distribution {
  const unit: TimeUnit = from?.unit ?? 'min';
  let m = 10;
  if (from) {
    const { shift: _shift, bounds: _bounds, ...plain } = from;
    const mean = r2(fromMinutes(distributionMean(plain), unit));
    if (Number.isFinite(mean) && mean > 0) m = mean;
  }
  const keep = {
    unit,
    ...(from?.shift !== undefined ? { shift: from.shift } : {}),
    ...(from?.bounds ? { bounds: from.bounds } : {}),
  };
  switch (kind) {
    case 'fixed':
      return { dist: kind, value: m, ...keep };
    case 'uniform':
      return { dist: kind, min: r2(m * 0.5), max: r2(m * 1.5), ...keep };
    case 'triangular':
      return { dist: kind, min: r2(m * 0.75), mode: m, max: r2(m * 1.25), ...keep };
    case 'exponential':
      return { dist: kind, mean: m, ...keep };
    case 'normal':
    case 'lognormal':
      return { dist: kind, mean: m, sd: r2(m * 0.25), ...keep };
    case 'erlang':
      return { dist: kind, mean: m, k: 2, ...keep };
    case 'gamma':
      return { dist: kind, shape: 2, scale: r2(m / 2), ...keep };
    case 'empirical':
      return { dist: kind, values: [r2(m * 0.5), m, r2(m * 1.5)], ...keep };
    case 'histogram':
      return {
        dist: kind,
        bins: [
          { from: 0, to: m, weight: 1 },
          { from: m, to: r2(m * 2), weight: 1 },
        ],
        ...keep,
      };
  }
}

/** Why a distribution's parameters do not make sense, or null. Pure. */
export function distributionProblem(d: Distribution, t: (k: string) => string): string | null {
  const values = NUMBER_PARAMS[d.dist].map((p) => (d as unknown as Record<string, number>)[p]);
  if (values.some((v) => v === undefined || !Number.isFinite(v))) return t('distribution.missing');
  if (values.some((v) => v! < 0)) return t('distribution.negative');
  if (d.dist === 'uniform' && d.min > d.max) return t('distribution.minMax');
  if (d.dist === 'triangular' && !(d.min <= d.mode && d.mode <= d.max))
    return t('distribution.order');
  if (d.dist === 'erlang' && (!Number.isInteger(d.k) || d.k < 1)) return t('distribution.k');
  if (d.dist === 'gamma' && !(d.shape > 0 && d.scale > 0)) return t('distribution.positive');
  if (d.dist === 'empirical') {
    if (d.values.length === 0) return t('distribution.missing');
    if (d.values.some((v) => !Number.isFinite(v))) return t('distribution.missing');
    if (d.weights && d.weights.length !== d.values.length) return t('distribution.weightsLength');
    if (d.weights && !weightsUsable(d.weights)) return t('distribution.someWeight');
  }
  if (d.dist === 'histogram') {
    if (d.bins.length === 0) return t('distribution.missing');
    if (d.bins.some((b) => !(b.from < b.to))) return t('distribution.binOrder');
    if (!weightsUsable(d.bins.map((b) => b.weight))) return t('distribution.someWeight');
  }
  const b = d.bounds;
  if (b && b.min !== undefined && b.max !== undefined && b.min > b.max)
    return t('distribution.boundsOrder');
  return null;
}

const weightsUsable = (w: readonly number[]) =>
  w.every((x) => Number.isFinite(x) && x >= 0) && w.some((x) => x > 0);

/** Reads a number as a person types it: `1.5` or full-width digits. Pure. */
function readListNumber(text: string): number | null {
  const n = Number(
    text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)),
  );
  return text !== '' && Number.isFinite(n) ? n : null;
}

/** Numbers typed as a list (`12, 15 20；30`), or null when one of them is not a number. Pure. */
export function readNumberList(text: string): number[] | null {
  const parts = text.split(/[\s,，;；、]+/).filter(Boolean);
  const out: number[] = [];
  for (const p of parts) {
    const n = readListNumber(p);
    if (n === null) return null;
    out.push(n);
  }
  return out;
}

/** Histogram bins typed one per line or `;`-separated as `from-to: weight`, or null. Pure. */
export function readBins(text: string): HistogramBin[] | null {
  const out: HistogramBin[] = [];
  for (const line of text.split(/[\n;；]+/)) {
    const l = line.trim();
    if (!l) continue;
    const m = /^([\d.]+)\s*[-–—~～]\s*([\d.]+)\s*[:：]\s*([\d.]+)$/.exec(l);
    if (!m) return null;
    const [from, to, weight] = [m[1]!, m[2]!, m[3]!].map(readListNumber);
    if (from === null || to === null || weight === null) return null;
    out.push({ from: from!, to: to!, weight: weight! });
  }
  return out;
}

/** Bins as {@link readBins} reads them, one per line. Pure. */
export function formatBins(bins: readonly HistogramBin[]): string {
  return bins.map((b) => `${b.from}-${b.to}: ${b.weight}`).join('\n');
}
