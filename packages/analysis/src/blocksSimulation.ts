import type { Finding } from './types';

/**
 * Whether `finding` stops a simulation, in the app and in `flowsmith simulate` alike: every
 * `error` finding (a deadlock, no end, a missing role, …) except an overloaded role, which is left
 * to the simulation engine — it knows the scenario's overrides and refuses an overload only over an
 * open horizon, where the queue would grow without end. Pure.
 */
export function blocksSimulation(finding: Pick<Finding, 'severity' | 'kind'>): boolean {
  return finding.severity === 'error' && finding.kind !== 'overload';
}
