/**
 * How the simulation's figures read in the table: times in one unit per row (so a mean, its
 * interval and its change agree), shares in percent, rates per hour, with the locale's digits.
 */
import type { Estimate, MetricDelta } from '@flowsmith/simulation';
import type { FigureKind } from './summaryRows';
import { inUnit, roundFigure, timeUnitFor, type TimeUnit } from './timeUnit';

/** The words a figure needs: short unit names and the per-hour suffix. */
export interface FigureWords {
  unit: Record<TimeUnit, string>;
  perHour: string;
}

/** Formats one figure; `unit` is the row's time unit. Pure. */
export function formatFigure(
  value: number,
  kind: FigureKind,
  unit: TimeUnit,
  words: FigureWords,
  lang: string,
): string {
  if (!Number.isFinite(value)) return '—';
  const n = (x: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 3 }).format(x);
  switch (kind) {
    case 'time':
      return `${n(inUnit(value, unit))} ${words.unit[unit]}`;
    case 'share':
      return `${n(Math.round(value * 1000) / 10)} %`;
    case 'rate':
      return `${n(roundFigure(value))}${words.perHour}`;
    case 'money':
      return n(Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100);
    default:
      return n(roundFigure(value));
  }
}

/** The time unit of a row: from the largest of its means. Pure. */
export function rowUnit(values: ReadonlyArray<Estimate | undefined>): TimeUnit {
  return timeUnitFor(
    Math.max(0, ...values.map((v) => (v && Number.isFinite(v.mean) ? Math.abs(v.mean) : 0))),
  );
}

/** A mean and its 95 % interval, `12.3 h (11.8 – 12.9)`; no interval for one replication or no spread. Pure. */
export function formatEstimate(
  e: Estimate | undefined,
  kind: FigureKind,
  unit: TimeUnit,
  words: FigureWords,
  lang: string,
): string {
  if (!e) return '—';
  const mean = formatFigure(e.mean, kind, unit, words, lang);
  if (!(e.n > 1) || !Number.isFinite(e.halfWidth) || e.halfWidth === 0) return mean;
  const lo = formatFigure(e.ci95[0], kind, unit, words, lang);
  const hi = formatFigure(e.ci95[1], kind, unit, words, lang);
  return `${mean} (${stripUnit(lo, mean)} – ${hi})`;
}

/** A paired change with its interval and sign, `−2.1 h (−2.4 – −1.8)`. Pure. */
export function formatDelta(
  d: MetricDelta,
  kind: FigureKind,
  unit: TimeUnit,
  words: FigureWords,
  lang: string,
): string {
  const signed = (x: number) =>
    (x > 0 ? '+' : x < 0 ? '−' : '') + formatFigure(Math.abs(x), kind, unit, words, lang);
  const text = signed(d.delta.mean);
  if (!(d.delta.n > 1) || d.delta.halfWidth === 0) return text;
  return `${text} (${stripUnit(signed(d.delta.ci95[0]), text)} – ${signed(d.delta.ci95[1])})`;
}

/** Drops the unit from the lower bound when it repeats the mean's (`11.8 h` → `11.8`). */
function stripUnit(bound: string, mean: string): string {
  const unit = /\s\D+$/.exec(mean)?.[0];
  return unit && bound.endsWith(unit) ? bound.slice(0, -unit.length) : bound;
}
