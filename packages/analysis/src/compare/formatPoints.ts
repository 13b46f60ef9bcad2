import type { Lang } from '@flowsmith/model';
import { formatMinutes } from '../messages';

/**
 * A change of a rate or share (0..1) in percentage points: `+3 pp`, `−21 pp` (`+3 个百分点`),
 * and `±0 pp` for what rounds to zero — never `−0`. Pure.
 */
export function formatPoints(delta: number, lang: Lang = 'en'): string {
  const unit = lang === 'zh-CN' ? ' 个百分点' : ' pp';
  if (Number.isNaN(delta)) return '—';
  if (!Number.isFinite(delta)) return `${delta > 0 ? '+' : '−'}∞${unit}`;
  const points = Math.round(delta * 100);
  const sign = points > 0 ? '+' : points < 0 ? '−' : '±';
  return `${sign}${Math.abs(points)}${unit}`;
}

/** A signed number rounded to `digits` decimals, `±0` when it rounds to zero (never `−0`). Pure. */
export function formatSigned(x: number, digits = 2): string {
  if (Number.isNaN(x)) return '—';
  if (!Number.isFinite(x)) return `${x > 0 ? '+' : '−'}∞`;
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return `${r > 0 ? '+' : r < 0 ? '−' : '±'}${Math.abs(r)}`;
}

/** A signed time change: `−13.8 h`, `+101 min`, `±0 min` for what rounds to zero (never `−0`). Pure. */
export function formatSignedMinutes(minutes: number, lang: Lang = 'en'): string {
  if (Number.isNaN(minutes)) return '—';
  const text = formatMinutes(Math.abs(minutes), lang);
  const zero = Number.isFinite(minutes) && Number.parseFloat(text) === 0;
  return `${zero ? '±' : minutes > 0 ? '+' : '−'}${text}`;
}
