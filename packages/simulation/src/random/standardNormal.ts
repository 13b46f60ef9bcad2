import type { RandomStream } from './RandomStream';

/**
 * A standard normal draw by the Box–Muller transform: one of the pair, so there is no hidden
 * state and a stream's numbers do not depend on how many draws came before. Two numbers of `rng`.
 */
export function standardNormal(rng: RandomStream): number {
  const u = rng.nextOpen();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
