const DAY = 86_400_000;
/** 30 December 1899, day 0 of Excel's 1900 date system for serials after the fictitious 29 February 1900. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * The wall-clock time of an Excel date serial as `YYYY-MM-DD HH:MM:SS` (`.sss` when there are
 * milliseconds), without a zone (Excel stores none). The 1900 system keeps Excel's leap-year bug:
 * serial 60 is the 29 February 1900 that never was (written as 1 March), serials below it are one
 * day earlier than days since 30 December 1899 would make them; `date1904` uses the 1904 system.
 * Undefined for a serial that is not a finite number ≥ 0. Pure.
 */
export function excelSerialText(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  const days = !date1904 && serial < 61 && serial >= 1 ? serial + 1 : serial;
  const ms = Math.round(days * DAY) + (date1904 ? EPOCH_1904 : EPOCH_1900);
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  const text =
    `${String(d.getUTCFullYear()).padStart(4, '0')}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ` +
    `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  const milli = d.getUTCMilliseconds();
  return milli ? `${text}.${String(milli).padStart(3, '0')}` : text;
}

/** Built-in number formats that show a date or a time (ids 14–22, 45–47, and the CJK ones). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/**
 * Whether a cell style's number format shows a date or time: a built-in date format id, or a
 * format code with a date or time part (`y`, `m`, `d`, `h`, `s`, `年`, `月`, `日`, `时`) outside
 * quoted text, escapes and `[…]` sections (colours, conditions; `[h]` elapsed hours count). Pure.
 */
export function isDateFormat(id: number, code?: string): boolean {
  if (DATE_FORMAT_IDS.has(id)) return true;
  if (!code) return false;
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '')
    .split(';')[0]!;
  return /[ymdhs年月日时]/i.test(bare) && !/^general$/i.test(bare.trim());
}
