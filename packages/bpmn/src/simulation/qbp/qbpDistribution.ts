import type { Distribution, TimeUnit } from '@flowsmith/model';
import type { QbpDistribution } from './QbpInfo';

const SECONDS: Record<TimeUnit, number> = { s: 1, min: 60, h: 3600, d: 86_400 };

/**
 * A QBP distribution (numbers in seconds, as BIMP writes them; `timeUnit` only says how its
 * editor shows them) as a Flowsmith distribution in seconds: FIXED (mean, or arg1 when mean is
 * 0 or NaN as Apromore writes it), EXPONENTIAL (arg1 =
 * mean), NORMAL (mean, arg1 = sd), UNIFORM (arg1 … arg2), TRIANGULAR (arg1, mode = mean, arg2),
 * LOGNORMAL and GAMMA (mean, arg1 = variance). Undefined for any other type (HISTOGRAM). Pure.
 */
export function fromQbp(q: QbpDistribution): Distribution | undefined {
  const unit = 's' as const;
  const ok = (...xs: number[]) => xs.every(Number.isFinite);
  const needs: Record<string, number[]> = {
    EXPONENTIAL: [q.arg1],
    NORMAL: [q.mean, q.arg1],
    UNIFORM: [q.arg1, q.arg2],
    TRIANGULAR: [q.mean, q.arg1, q.arg2],
    LOGNORMAL: [q.mean, q.arg1],
    GAMMA: [q.mean, q.arg1],
  };
  const type = q.type.toUpperCase();
  if (!ok(...(needs[type] ?? [])) || (type === 'FIXED' && !(q.mean > 0) && !ok(q.arg1)))
    return undefined;
  switch (type) {
    case 'FIXED':
      // pix-framework writes the value as `mean`; Apromore's editor as `arg1` (mean 0 or NaN).
      return {
        dist: 'fixed',
        value: q.mean > 0 ? q.mean : Number.isFinite(q.arg1) ? q.arg1 : 0,
        unit,
      };
    case 'EXPONENTIAL':
      return { dist: 'exponential', mean: q.arg1, unit };
    case 'NORMAL':
      return { dist: 'normal', mean: q.mean, sd: q.arg1, unit };
    case 'UNIFORM':
      return { dist: 'uniform', min: q.arg1, max: q.arg2, unit };
    case 'TRIANGULAR':
      return { dist: 'triangular', min: q.arg1, mode: q.mean, max: q.arg2, unit };
    case 'LOGNORMAL':
      return { dist: 'lognormal', mean: q.mean, sd: Math.sqrt(q.arg1), unit };
    case 'GAMMA':
      return q.mean > 0 && q.arg1 > 0
        ? { dist: 'gamma', shape: (q.mean * q.mean) / q.arg1, scale: q.arg1 / q.mean, unit }
        : undefined;
    default:
      return undefined;
  }
}

/**
 * A Flowsmith distribution as QBP writes it (seconds), and whether that is exact: erlang is a
 * gamma with the same mean and variance; `shift`, `bounds`, empirical and histogram distributions
 * have no QBP form (their mean, as FIXED, stands in). Pure.
 */
export function toQbp(d: Distribution): { q: QbpDistribution; exact: boolean } {
  const k = SECONDS[d.unit ?? 'min'];
  const q = (type: string, m: number, arg1 = 0, arg2 = 0): QbpDistribution => ({
    type,
    mean: m,
    arg1,
    arg2,
  });
  const exact = d.shift === undefined && d.bounds === undefined;
  switch (d.dist) {
    case 'fixed':
      return { q: q('FIXED', d.value * k), exact };
    case 'exponential':
      return { q: q('EXPONENTIAL', 0, d.mean * k), exact };
    case 'normal':
      return { q: q('NORMAL', d.mean * k, d.sd * k), exact };
    case 'uniform':
      return { q: q('UNIFORM', 0, d.min * k, d.max * k), exact };
    case 'triangular':
      return { q: q('TRIANGULAR', d.mode * k, d.min * k, d.max * k), exact };
    case 'lognormal':
      return { q: q('LOGNORMAL', d.mean * k, (d.sd * k) ** 2), exact };
    case 'gamma':
      return { q: q('GAMMA', d.shape * d.scale * k, d.shape * (d.scale * k) ** 2), exact };
    case 'erlang':
      return { q: q('GAMMA', d.mean * k, (d.mean * k) ** 2 / d.k), exact };
    case 'empirical': {
      const w = d.weights ?? d.values.map(() => 1);
      const total = w.reduce((a, b) => a + b, 0);
      const m = d.values.reduce((a, v, i) => a + v * w[i]!, 0) / total;
      return { q: q('FIXED', (m + (d.shift ?? 0)) * k), exact: false };
    }
    case 'histogram': {
      const total = d.bins.reduce((a, b) => a + b.weight, 0);
      const m = d.bins.reduce((a, b) => a + ((b.from + b.to) / 2) * b.weight, 0) / total;
      return { q: q('FIXED', (m + (d.shift ?? 0)) * k), exact: false };
    }
  }
}
