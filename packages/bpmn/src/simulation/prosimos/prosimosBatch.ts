import type { Batch, Calendar, Weekday } from '@flowsmith/model';
import { WEEKDAYS } from '@flowsmith/model';
import type { JsonObject } from '../JsonReader';

/** What a Prosimos batch entry becomes: the batch, a schedule calendar it needs, what was not kept. */
export interface BatchReading {
  batch?: Batch;
  schedule?: Omit<Calendar, 'id'>;
  leftOut: string[];
  approximated: Array<{ what: string; as: string }>;
}

/**
 * A Prosimos `batch_processing` entry as a Flowsmith batch. Firing rules are alternatives (or)
 * of conditions that must all hold (and); Flowsmith fires on whichever of `size`, `window`
 * (the oldest case's wait) and `schedule` comes first, so an alternative that is one condition
 * maps exactly: `size >= n` / `= n` / `> n`, `large_wt > s` (seconds), `week_day = Monday`
 * with or without `daily_hour >= h` (a schedule opening that day at h:00), or `daily_hour >= h`
 * (every day). Anything else (`ready_wt`, `<` rules, several conditions together) is listed in
 * `leftOut`. `Parallel` batches take one duration scaled by `duration_distrib` (`perCase` fits
 * scale = 1 + perCase × (n − 1)); `Sequential` and `Concurrent` work the cases one after another
 * (`perCase` 1, approximated: one draw scaled rather than n draws). Pure.
 */
export function prosimosBatch(entry: JsonObject): BatchReading {
  const out: BatchReading = { leftOut: [], approximated: [] };
  const batch: Batch = {};
  const scheduleBlocks: Array<{ days: Weekday[]; hour: number }> = [];
  const rules = Array.isArray(entry.firing_rules) ? entry.firing_rules : [];
  for (const group of rules) {
    const parts = (Array.isArray(group) ? group : []).filter(isRule);
    const text = parts
      .map((r) => `${String(r.attribute)} ${String(r.comparison)} ${JSON.stringify(r.value)}`)
      .join(' and ');
    const size = parts.length === 1 ? sizeOf(parts[0]!) : undefined;
    const wait = parts.length === 1 ? waitOf(parts[0]!) : undefined;
    const block = scheduleOf(parts);
    if (size !== undefined) batch.size = Math.min(batch.size ?? Infinity, size);
    else if (wait !== undefined)
      batch.window = { value: Math.min(batch.window?.value ?? Infinity, wait), unit: 's' };
    else if (block) scheduleBlocks.push(block);
    else out.leftOut.push(`firing rule "${text}"`);
  }
  if (scheduleBlocks.length > 0) {
    const pad = (n: number) => String(n).padStart(2, '0');
    out.schedule = {
      name: 'batch schedule',
      week: scheduleBlocks.map(({ days, hour }) => ({
        days,
        from: `${pad(hour)}:00`,
        to: `${pad(hour)}:01`,
      })),
    };
  }
  const type = typeof entry.type === 'string' ? entry.type : 'Parallel';
  const scales = (Array.isArray(entry.duration_distrib) ? entry.duration_distrib : [])
    .map((i) => i as Record<string, unknown>)
    .map((i) => [Number(i.key), Number(i.value)] as const)
    .filter(([n, s]) => Number.isFinite(n) && n > 1 && Number.isFinite(s));
  if (type === 'Parallel') {
    if (scales.length > 0) {
      const sxy = scales.reduce((a, [n, s]) => a + (n - 1) * (s - 1), 0);
      const sxx = scales.reduce((a, [n]) => a + (n - 1) ** 2, 0);
      const perCase = Math.max(0, sxy / sxx);
      if (perCase > 0) batch.perCase = Number(perCase.toPrecision(12));
      if (scales.some(([n, s]) => Math.abs(1 + perCase * (n - 1) - s) > 1e-9))
        out.approximated.push({
          what: 'batch duration_distrib',
          as: `perCase ${perCase.toPrecision(4)}`,
        });
    }
  } else {
    batch.perCase = 1;
    out.approximated.push({
      what: `batch type ${type}`,
      as: 'one duration × batch size (perCase 1)',
    });
  }
  if (Array.isArray(entry.size_distrib) && entry.size_distrib.length > 0)
    out.leftOut.push('batch size_distrib');
  if (batch.size !== undefined || batch.window !== undefined || out.schedule) out.batch = batch;
  return out;
}

type Rule = { attribute: unknown; comparison: unknown; value: unknown };

function isRule(v: unknown): v is Rule {
  return typeof v === 'object' && v !== null && 'attribute' in v && 'comparison' in v;
}

function sizeOf(r: Rule): number | undefined {
  const n = Number(r.value);
  if (r.attribute !== 'size' || !Number.isFinite(n)) return undefined;
  const size =
    r.comparison === '>'
      ? Math.floor(n) + 1
      : r.comparison === '>=' || r.comparison === '='
        ? Math.ceil(n)
        : NaN;
  return size >= 2 ? size : undefined;
}

function waitOf(r: Rule): number | undefined {
  const n = Number(r.value);
  if (r.attribute !== 'large_wt' || !Number.isFinite(n) || n <= 0) return undefined;
  return r.comparison === '>' || r.comparison === '>=' || r.comparison === '=' ? n : undefined;
}

function scheduleOf(parts: Rule[]): { days: Weekday[]; hour: number } | undefined {
  const day = parts.filter((r) => r.attribute === 'week_day');
  const hour = parts.filter((r) => r.attribute === 'daily_hour');
  if (
    day.length + hour.length !== parts.length ||
    day.length > 1 ||
    hour.length > 1 ||
    parts.length === 0
  )
    return undefined;
  const names = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
  const d = day[0] ? names.indexOf(String(day[0].value).toUpperCase()) : -2;
  if (d === -1 || (day[0] && day[0].comparison !== '=')) return undefined;
  const h = hour[0] ? Number(hour[0].value) : 0;
  if (
    !Number.isInteger(h) ||
    h < 0 ||
    h > 23 ||
    (hour[0] && !['>=', '=', '>'].includes(String(hour[0].comparison)))
  )
    return undefined;
  const at = hour[0]?.comparison === '>' ? h + 1 : h;
  if (at > 23) return undefined;
  return { days: d >= 0 ? [WEEKDAYS[d]!] : [...WEEKDAYS], hour: at };
}
