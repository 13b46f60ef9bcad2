import type { Distribution, TimeUnit } from '@flowsmith/model';
import { distributionMean, fromMinutes } from '@flowsmith/model';

const ISO =
  /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

const MINUTES = [365 * 1440, 30 * 1440, 7 * 1440, 1440, 60, 1, 1 / 60];
const UNIT_OF: Array<TimeUnit | undefined> = [
  undefined,
  undefined,
  undefined,
  'd',
  'h',
  'min',
  's',
];

/**
 * Reads an ISO-8601 duration (`PT15M`, `P2D`, `PT1H30M`, `P1W`) as a fixed distribution. Pure.
 * One component keeps its unit (`PT4H` → 4 h); several, weeks, months (30 d) or years (365 d)
 * are added up in minutes. Returns undefined for anything else (dates, cycles, expressions).
 */
export function parseIsoDuration(text: string | undefined): Distribution | undefined {
  const m = text === undefined ? null : ISO.exec(text.trim());
  if (!m || m.slice(1).every((g) => g === undefined)) return undefined;
  const parts = m.slice(1).map((g) => (g === undefined ? undefined : Number(g.replace(',', '.'))));
  const present = parts.flatMap((v, i) => (v === undefined ? [] : [i]));
  if (present.length === 1) {
    const i = present[0]!;
    const unit = UNIT_OF[i];
    if (unit)
      return unit === 'min'
        ? { dist: 'fixed', value: parts[i]! }
        : { dist: 'fixed', value: parts[i]!, unit };
  }
  const minutes = parts.reduce<number>((sum, v, i) => sum + (v ?? 0) * MINUTES[i]!, 0);
  return { dist: 'fixed', value: minutes };
}

/** Reads a repeating interval `R/PT10M` or `R5/PT10M` (a timer start's cycle) as its period. Pure. */
export function parseIsoCycle(text: string | undefined): Distribution | undefined {
  const m = text === undefined ? null : /^R\d*\/(P[^/]+)$/.exec(text.trim());
  return m ? parseIsoDuration(m[1]) : undefined;
}

/**
 * Writes a duration as ISO 8601 in its own unit (`{ value: 4, unit: 'h' }` → `PT4H`); a
 * distribution that is not fixed is written as its mean. Pure.
 */
export function formatIsoDuration(d: Distribution): string {
  const unit = d.unit ?? 'min';
  const value = d.dist === 'fixed' ? d.value : fromMinutes(distributionMean(d), unit);
  const v = String(Number(value.toPrecision(12)));
  switch (unit) {
    case 's':
      return `PT${v}S`;
    case 'h':
      return `PT${v}H`;
    case 'd':
      return `P${v}D`;
    default:
      return `PT${v}M`;
  }
}
