import type { Lang } from '@flowsmith/model';
import { sopLabels } from './messages';

/**
 * Writes the time units of a free text such as a KPI target in `lang`: `≤ 1 d` → `≤ 1 天`,
 * `4h` → `4 小时` in zh-CN (English units are left as written in English). Only a unit right
 * after a number is changed. Pure.
 */
export function localiseUnits(text: string, lang: Lang): string {
  if (lang !== 'zh-CN') return text;
  const units = sopLabels[lang].units;
  return text.replace(
    /(\d)\s*(min|h|d|s)(?![A-Za-z])/g,
    (_, digit: string, unit: 'min' | 'h' | 'd' | 's') => `${digit}${units[unit]}`,
  );
}
