import { studentT975 } from '@flowsmith/model';

/** A mean over replications with its 95 % confidence interval (Student t). */
export interface Estimate {
  mean: number;
  /** Half-width of the interval; 0 with a single value (no spread can be estimated). */
  halfWidth: number;
  ci95: [number, number];
  /** Sample standard deviation across replications. */
  sd: number;
  n: number;
}

/** The mean of `values` with a Student-t 95 % interval. Pure. */
export function estimate(values: readonly number[]): Estimate {
  const n = values.length;
  if (n === 0) return { mean: NaN, halfWidth: NaN, ci95: [NaN, NaN], sd: NaN, n: 0 };
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  let ss = 0;
  for (const v of values) ss += (v - mean) ** 2;
  const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
  const halfWidth = n > 1 ? (studentT975(n - 1) * sd) / Math.sqrt(n) : 0;
  return { mean, halfWidth, ci95: [mean - halfWidth, mean + halfWidth], sd, n };
}
