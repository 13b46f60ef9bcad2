import { WEEKDAYS, type Weekday, type WorkingHours } from '@flowsmith/model';
import { join, type JsonReader } from '../JsonReader';

/**
 * Prosimos time periods (`{ from: "MONDAY", to: "FRIDAY", beginTime: "09:00:00", endTime:
 * "17:00:00" }`, days inclusive, wrapping past Sunday) as Flowsmith working hours. Times keep
 * their seconds (`HH:MM:SS`) and are rounded to the second; an end of `23:59:59.999` (Prosimos's
 * "until midnight") is `24:00`. A period that ends before it begins runs overnight into the next
 * day. Problems go to `reader` with their JSON path.
 */
export function prosimosWorkingHours(
  periods: unknown[],
  path: string,
  reader: JsonReader,
): WorkingHours[] {
  const out: WorkingHours[] = [];
  periods.forEach((raw, i) => {
    const at = join(path, i);
    const p = reader.object(raw, at);
    if (!p) return;
    const from = day(reader.string(p, 'from', at), join(at, 'from'), reader);
    const to = day(reader.string(p, 'to', at), join(at, 'to'), reader);
    const begin = seconds(reader.string(p, 'beginTime', at), join(at, 'beginTime'), reader);
    const end = seconds(reader.string(p, 'endTime', at), join(at, 'endTime'), reader);
    if (from === undefined || to === undefined || begin === undefined || end === undefined) return;
    const days: Weekday[] = [];
    for (let d = from; ; d = (d + 1) % 7) {
      days.push(WEEKDAYS[d]!);
      if (d === to) break;
    }
    if (end > begin) out.push({ days, from: clock(begin), to: clock(end) });
    else if (end < begin) {
      out.push({ days, from: clock(begin), to: '24:00' });
      if (end > 0) out.push({ days: days.map(nextDay), from: '00:00', to: clock(end) });
    }
  });
  return out;
}

/** Whether working hours cover the whole week (a calendar that never closes). Pure. */
export function alwaysOpen(week: readonly WorkingHours[]): boolean {
  return WEEKDAYS.every((d) => {
    const blocks = week
      .filter((w) => w.days.includes(d))
      .map((w) => [toSeconds(w.from), toSeconds(w.to)] as const)
      .sort((a, b) => a[0] - b[0]);
    let reached = 0;
    for (const [f, t] of blocks) if (f <= reached) reached = Math.max(reached, t);
    return reached >= 86_400;
  });
}

function nextDay(d: Weekday): Weekday {
  return WEEKDAYS[(WEEKDAYS.indexOf(d) + 1) % 7]!;
}

function day(text: string | undefined, path: string, reader: JsonReader): number | undefined {
  if (text === undefined) return undefined;
  const i = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].indexOf(
    text.trim().toUpperCase(),
  );
  if (i >= 0) return i;
  reader.fail(path, 'bad-day', { text });
  return undefined;
}

/** `HH:MM[:SS[.fff]]` as whole seconds since midnight (rounded; 23:59:59.999 → 86,400). */
function seconds(text: string | undefined, path: string, reader: JsonReader): number | undefined {
  if (text === undefined) return undefined;
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/.exec(text.trim());
  const total = m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0) : NaN;
  if (!(total >= 0 && total <= 86_400) || Number(m?.[2]) > 59) {
    reader.fail(path, 'bad-time', { text });
    return undefined;
  }
  return Math.round(total);
}

/** Seconds since midnight as `HH:MM` or `HH:MM:SS`. */
function clock(s: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const hm = `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}`;
  return s % 60 === 0 ? hm : `${hm}:${pad(s % 60)}`;
}

function toSeconds(t: string): number {
  const [h, m, s] = t.split(':').map(Number);
  return h! * 3600 + m! * 60 + (s ?? 0);
}
