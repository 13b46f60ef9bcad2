import {
  formatMinutes,
  formatMoney,
  formatPoints,
  formatSigned,
  type PredictedEffect,
} from '@flowsmith/analysis';
import type { Lang } from '@flowsmith/model';

/** One line of a predicted effect: which figure, the change as text, and whether it helps. */
export interface EffectRow {
  key: 'cycleTime' | 'cost' | 'handoffs' | 'bottleneck';
  text: string;
  tone: 'better' | 'worse' | 'same';
}

/** Changes smaller than this are shown as no change (rounding noise of the flow maths). */
const EPSILON = 1e-6;

/**
 * The rows to show for a predicted effect (after minus before; less is better for all four
 * figures): cost in the document's `currency`, the bottleneck's utilisation in percentage points,
 * `±0` for noise and for what rounds to zero (never `−0`). Unbounded changes read as such. Pure.
 */
export function effectRows(effect: PredictedEffect, lang: Lang, currency?: string): EffectRow[] {
  const row = (key: EffectRow['key'], d: number, text: (d: number) => string): EffectRow => {
    if (Number.isNaN(d) || Math.abs(d) < EPSILON) return { key, text: '±0', tone: 'same' };
    const shown = text(d);
    if (shown.startsWith('±')) return { key, text: shown, tone: 'same' };
    return { key, text: shown, tone: d < 0 ? 'better' : 'worse' };
  };
  const minutes = (d: number) => `${d > 0 ? '+' : '−'}${formatMinutes(Math.abs(d), lang)}`;
  return [
    row('cycleTime', effect.cycleTimeMean, minutes),
    row('cost', effect.costPerCase, (d) => formatMoney(d, currency, true)),
    row('handoffs', effect.handoffsPerCase, (d) => formatSigned(d)),
    row('bottleneck', effect.bottleneckUtilization, (d) => formatPoints(d, lang)),
  ];
}
