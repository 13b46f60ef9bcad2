import type { RandomStream } from './RandomStream';
import { standardNormal } from './standardNormal';

/**
 * A Gamma(`shape`, 1) draw for any real `shape` > 0, by Marsaglia and Tsang's squeeze method
 * (2000); for `shape` < 1 a Gamma(`shape` + 1) draw times U^(1/`shape`) (their boost). Uses a
 * variable count of numbers of `rng`, allocates nothing.
 */
export function standardGamma(shape: number, rng: RandomStream): number {
  if (shape < 1) {
    const g = standardGamma(shape + 1, rng);
    return g * Math.pow(rng.nextOpen(), 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.nextOpen();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}
