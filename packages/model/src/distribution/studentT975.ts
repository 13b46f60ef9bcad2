// Exact two-sided 95 % critical values for 1..30 degrees of freedom.
const TABLE = [
  12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.306, 2.2622, 2.2281, 2.201, 2.1788,
  2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.093, 2.086, 2.0796, 2.0739, 2.0687, 2.0639,
  2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423,
];

/**
 * The 97.5 % quantile of Student's t with `df` degrees of freedom: the factor of a two-sided
 * 95 % confidence interval. A table up to 30, then the Cornish–Fisher expansion (error < 1e-4).
 * Pure; NaN for df < 1.
 */
export function studentT975(df: number): number {
  if (!(df >= 1)) return NaN;
  if (df <= 30) return TABLE[Math.floor(df) - 1]!;
  const z = 1.959963984540054;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df * df) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3)
  );
}
