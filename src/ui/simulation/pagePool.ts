/**
 * The page's simulation worker pool, created on first use. One worker per hardware thread (at
 * most 8, at least 1): replications are independent, so they spread over cores, and the page's
 * own thread stays free. `?simWorkers=N` in the address overrides the size (for measuring).
 */
import { SimulationPool, type WorkerLike } from './SimulationPool';

let pool: SimulationPool | null = null;

/** The number of workers for `hardwareConcurrency` threads and an optional override. Pure. */
export function poolSize(hardwareConcurrency: number | undefined, override?: string | null): number {
  const asked = override ? Number(override) : NaN;
  if (Number.isInteger(asked) && asked >= 1 && asked <= 64) return asked;
  return Math.max(1, Math.min(8, hardwareConcurrency || 2));
}

/** The pool of this page. */
export function pagePool(): SimulationPool {
  if (!pool) {
    const size = poolSize(navigator.hardwareConcurrency, new URLSearchParams(location.search).get('simWorkers'));
    pool = new SimulationPool(() => new Worker(new URL('../../workers/simulation.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike, size);
  }
  return pool;
}
