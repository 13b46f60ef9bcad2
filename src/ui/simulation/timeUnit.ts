/**
 * The unit a span of minutes reads best in, shared by the charts and the table so that a value,
 * its interval and its axis agree: minutes under 2 hours, hours under 2 days, else days.
 */

/** A unit of time for display. */
export type TimeUnit = 'min' | 'h' | 'd';

/** Minutes per unit. */
export const MINUTES_PER: Record<TimeUnit, number> = { min: 1, h: 60, d: 1440 };

/** The unit for values around `minutes` (a mean, or the largest value of an axis). Pure. */
export function timeUnitFor(minutes: number): TimeUnit {
  const m = Math.abs(minutes);
  if (!Number.isFinite(m) || m < 120) return 'min';
  return m < 2880 ? 'h' : 'd';
}

/** `minutes` in `unit`, rounded to three significant figures (at most one decimal over 100). Pure. */
export function inUnit(minutes: number, unit: TimeUnit): number {
  return roundFigure(minutes / MINUTES_PER[unit]);
}

/** Rounds for display: three significant figures, whole numbers from 100 up. Pure. */
export function roundFigure(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const a = Math.abs(x);
  if (a >= 100) return Math.round(x);
  const digits = a >= 10 ? 1 : a >= 1 ? 2 : 3;
  return Number(x.toFixed(digits));
}
