import {
  WEEKDAYS,
  type Calendar,
  type Lang,
  type ProcessDocument,
  type TaskStep,
} from '@flowsmith/model';
import { describeLimit, formatNumber } from './describeDuration';
import { workLabels } from './workLabels';

/**
 * When a batch step's cases are worked (SPEC.md B1): "Batch work: cases are worked together every
 * Fri at 14:00, as soon as 10 cases wait or once the first case has waited 1 d, whichever comes
 * first." / "批量处理：每周五 14:00 集中处理，或每满 10 件处理一次，…，以先到者为准。" — the
 * schedule's openings from its calendar, then the size, then the window; and how the batch's time
 * grows with its size. Undefined for a step without a batch. Pure.
 */
export function describeBatch(
  doc: ProcessDocument,
  step: TaskStep,
  lang: Lang,
): string | undefined {
  const batch = step.batch;
  if (batch === undefined) return undefined;
  const w = workLabels[lang];
  const parts: string[] = [];
  const calendar = doc.calendars?.find((c) => c.id === batch.schedule);
  const openings = calendar ? describeOpenings(calendar, lang) : undefined;
  if (openings) parts.push(w.batchSchedule(openings));
  if (batch.size !== undefined) parts.push(w.batchSize(batch.size));
  if (batch.window !== undefined)
    parts.push(w.batchWindow(describeLimit(batch.window, lang).trim()));
  if (parts.length === 0) return undefined;
  const growth =
    batch.perCase !== undefined && batch.perCase > 0
      ? ` ${w.batchPerCase(`${formatNumber(batch.perCase * 100)}%`)}`
      : '';
  return `${w.batch(parts)}${lang === 'zh-CN' ? growth.trim() : growth}`;
}

/**
 * The moments a calendar opens, as people say them: "every Fri at 14:00", "every Mon–Fri at
 * 09:00 and every Sat at 10:00" / "每周五 14:00"、"每周一至周五 09:00，每周六 10:00" (consecutive
 * days as a range; seconds only when not zero). Pure.
 */
export function describeOpenings(calendar: Calendar, lang: Lang): string {
  const w = workLabels[lang];
  const byTime = new Map<string, Set<number>>();
  for (const block of calendar.week) {
    const time = block.from.replace(/^(\d\d:\d\d):00$/, '$1');
    const days = byTime.get(time) ?? new Set<number>();
    for (const d of block.days) days.add(WEEKDAYS.indexOf(d));
    byTime.set(time, days);
  }
  const phrases = [...byTime]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([time, days]) => w.weekly(dayRanges([...days].sort(), lang), time));
  // Several phrases each list their days: in Chinese a comma keeps them apart.
  return lang === 'zh-CN' ? phrases.join('，') : w.list(phrases);
}

function dayRanges(days: number[], lang: Lang): string {
  const w = workLabels[lang];
  const name = (d: number) => w.weekdays[WEEKDAYS[d]!];
  const runs: number[][] = [];
  for (const d of days) {
    const run = runs.at(-1);
    if (run && run.at(-1) === d - 1) run.push(d);
    else runs.push([d]);
  }
  return w.list(
    runs.flatMap((r) => (r.length >= 3 ? [w.dayRange(name(r[0]!), name(r.at(-1)!))] : r.map(name))),
  );
}

/**
 * The changes a step makes to the case data when it finishes, as a sentence (SPEC.md B2): "Case
 * data: set approved to yes; add 1 to rounds; record score as it turns out." /
 * "更新案件数据：「approved」设为“是”；「rounds」加 1；「score」按实际情况填写。" A drawn value
 * (a distribution, or one of several) is what the person records; its options are listed.
 * Undefined for a step that changes nothing. Pure.
 */
export function describeChanges(step: TaskStep, lang: Lang): string | undefined {
  const entries = Object.entries(step.sets ?? {});
  if (entries.length === 0) return undefined;
  const w = workLabels[lang];
  const parts = entries.map(([name, change]) => {
    if (typeof change === 'boolean') return w.setTo(name, change ? w.yes : w.no);
    if (typeof change === 'number') return w.setTo(name, formatNumber(change));
    if (typeof change === 'string') return w.setTo(name, w.quote(change));
    if ('add' in change) return w.add(name, formatNumber(change.add));
    if ('choice' in change) return w.recordOneOf(name, Object.keys(change.choice));
    return w.recordActual(name);
  });
  return w.changes(parts);
}
