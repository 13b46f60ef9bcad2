import { formatMinutes, formatPercent, type PredictedEffect } from '@flowsmith/analysis';
import type { Lang } from '@flowsmith/model';

/** One line of a predicted effect: which figure, the change as text, and whether it helps. */
export interface EffectRow {
  key: 'cycleTime' | 'cost' | 'handoffs' | 'bottleneck';
  text: string;
  tone: 'better' | 'worse' | 'same';
}

/** Changes smaller than this are shown as no change (rounding noise of the flow maths). */
const EPSILON = 1e-6;

const sign = (x: number) => (x > 0 ? '+' : '−');
const round2 = (x: number) => String(Math.round(x * 100) / 100);

/**
 * The rows to show for a predicted effect (after minus before; less is better for all four
 * figures). Unbounded changes (a queue that grows without end) read as such. Pure.
 */
export function effectRows(effect: PredictedEffect, lang: Lang): EffectRow[] {
  const row = (key: EffectRow['key'], d: number, format: (abs: number) => string): EffectRow => {
    if (Number.isNaN(d) || Math.abs(d) < EPSILON) return { key, text: '±0', tone: 'same' };
    return { key, text: `${sign(d)}${format(Math.abs(d))}`, tone: d < 0 ? 'better' : 'worse' };
  };
  return [
    row('cycleTime', effect.cycleTimeMean, (x) => formatMinutes(x, lang)),
    row('cost', effect.costPerCase, (x) => (Number.isFinite(x) ? round2(x) : '∞')),
    row('handoffs', effect.handoffsPerCase, (x) => (Number.isFinite(x) ? round2(x) : '∞')),
    row('bottleneck', effect.bottleneckUtilization, (x) => formatPercent(x)),
  ];
}
