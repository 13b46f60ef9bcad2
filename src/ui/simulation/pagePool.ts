/**
 * The page's simulation worker pool, created on first use: one worker per hardware thread but
 * one (at least 1, at most 8). Replications are independent, so they spread over cores, but the
 * page's own thread needs a core too: on 2 threads, one worker ran 8 × 10,000 cases of the
 * purchase approval in 1.6 s against 1.8–2.1 s for two (docs/app-simulation.md). `?simWorkers=N`
 * in the address overrides the size, for measuring.
 */
import { SimulationPool, type WorkerLike } from './SimulationPool';

let pool: SimulationPool | null = null;

/** The number of workers for `hardwareConcurrency` threads and an optional override. Pure. */
export function poolSize(
  hardwareConcurrency: number | undefined,
  override?: string | null,
): number {
  const asked = override ? Number(override) : NaN;
  if (Number.isInteger(asked) && asked >= 1 && asked <= 64) return asked;
  return Math.max(1, Math.min(8, (hardwareConcurrency || 2) - 1));
}

/** The pool of this page. */
export function pagePool(): SimulationPool {
  if (!pool) {
    const size = poolSize(
      navigator.hardwareConcurrency,
      new URLSearchParams(location.search).get('simWorkers'),
    );
    pool = new SimulationPool(
      () =>
        new Worker(new URL('../../workers/simulation.worker.ts', import.meta.url), {
          type: 'module',
        }) as unknown as WorkerLike,
      size,
    );
  }
  return pool;
}
