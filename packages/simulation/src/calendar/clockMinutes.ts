/**
 * Minutes after midnight of a clock time `HH:MM` or `HH:MM:SS` (seconds as a fraction of a
 * minute; `24:00` and `24:00:00` allowed, as the end of a day), or NaN when it is not one. Pure.
 */
export function clockMinutes(text: string): number {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!m) return NaN;
  const h = Number(m[1]);
  const min = Number(m[2]);
  const sec = m[3] === undefined ? 0 : Number(m[3]);
  if (h > 24 || min > 59 || sec > 59 || (h === 24 && (min > 0 || sec > 0))) return NaN;
  return h * 60 + min + sec / 60;
}
