import { parseTimeZone, wallToUtc, type TimeZone } from './timeZone';

const UTC: TimeZone = { offsetMinutes: 0 };

// 2024-03-05T14:30:00.123+08:00, 2024-3-5 14:30, 2024/3/5 14:30:05, 2024.03.05, 2024-03-05
const NUMERIC =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const FULL_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;
// 2024年3月5日 14:30, 2024年3月5日14时30分5秒, 2024年3月5日 下午2:30
const CHINESE =
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?\s*(上午|下午|晚上|凌晨|中午)?\s*(?:(\d{1,2})\s*[:：时点]\s*(\d{1,2})?\s*分?\s*(?:[:：]?\s*(\d{1,2})\s*秒?)?)?$/;

/**
 * Milliseconds since 1970 (UTC) of a timestamp written as ISO 8601 (`2024-03-05T14:30:00+08:00`),
 * with slashes or dots (`2024/3/5 14:30`), or in Chinese (`2024年3月5日 14:30`, `2024年3月5日14时30分`,
 * `下午2:30`). A timestamp without an offset is a wall-clock time in `zone` (default UTC).
 * Undefined for anything else, including impossible dates (`2024-02-30`). Pure.
 */
export function parseTimestamp(text: string, zone: TimeZone = UTC): number | undefined {
  const t = text.trim();
  // The common case, full ISO 8601 with an offset: Date.parse reads it exactly, and fast.
  if (FULL_ISO.test(t)) return wallTimeValid(t) ? Date.parse(t) : undefined;
  let m = NUMERIC.exec(t);
  if (m) {
    const fraction = m[7] ? Number(`0.${m[7]}`) * 1000 : 0;
    const wall = wallTime(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
    if (wall === undefined) return undefined;
    const explicit = m[8] ? parseTimeZone(m[8]) : undefined;
    return wallToUtc(wall, explicit ?? zone) + Math.round(fraction);
  }
  m = CHINESE.exec(t);
  if (m) {
    let hour = +(m[5] ?? 0);
    const half = m[4];
    if ((half === '下午' || half === '晚上') && hour < 12) hour += 12;
    if (half === '凌晨' && hour === 12) hour = 0;
    const wall = wallTime(+m[1]!, +m[2]!, +m[3]!, hour, +(m[6] ?? 0), +(m[7] ?? 0));
    return wall === undefined ? undefined : wallToUtc(wall, zone);
  }
  return undefined;
}

function wallTime(y: number, mo: number, d: number, h: number, mi: number, s: number) {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return undefined;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  // Date.UTC rolls 30 February over to March: refuse it.
  if (h < 24 && back.getUTCDate() !== d) return undefined;
  return ms;
}

/** Whether the date part of a full ISO timestamp exists (Date.parse rolls 2024-02-30 over). */
function wallTimeValid(t: string): boolean {
  return (
    wallTime(
      +t.slice(0, 4),
      +t.slice(5, 7),
      +t.slice(8, 10),
      +t.slice(11, 13),
      +t.slice(14, 16),
      +t.slice(17, 19),
    ) !== undefined
  );
}
