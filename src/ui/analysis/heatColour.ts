/** Which figure the heat overlay colours steps by. */
export type HeatMetric = 'utilization' | 'wait';

const COOL = 130; // hue of "fine" (green)

/** A colour from green (0) through yellow to red (1 or more); unbounded is red. Pure. */
export function heatColour(share: number): string {
  const s = Number.isNaN(share) ? 0 : Math.min(1, Math.max(0, share));
  return `hsl(${Math.round(COOL * (1 - s))} 72% 45%)`;
}

/**
 * Where a value sits on the overlay's scale, 0..1: utilisation as is (1 = fully busy); a wait on
 * a logarithmic scale up to `maxWait`, the longest finite wait shown, so that one long timer does
 * not turn every queue green. Unbounded values are 1. Pure.
 */
export function heatShare(metric: HeatMetric, value: number, maxWait: number): number {
  if (!Number.isFinite(value)) return 1;
  if (metric === 'utilization') return Math.max(0, value);
  return maxWait > 0 ? Math.log1p(Math.max(0, value)) / Math.log1p(maxWait) : 0;
}

/** The wait at `share` of the wait scale (the inverse of {@link heatShare} for waits). Pure. */
export function waitAtShare(share: number, maxWait: number): number {
  return Math.expm1(share * Math.log1p(maxWait));
}

/** The longest finite wait among `values` (0 when there is none). Pure. */
export function maxFiniteWait(values: Iterable<number | undefined>): number {
  let max = 0;
  for (const v of values) if (v !== undefined && Number.isFinite(v) && v > max) max = v;
  return max;
}
