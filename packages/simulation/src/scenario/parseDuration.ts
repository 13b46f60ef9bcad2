const UNIT_MINUTES: Record<string, number> = {
  s: 1 / 60,
  sec: 1 / 60,
  min: 1,
  m: 1,
  h: 60,
  d: 1440,
  w: 10080,
};

/**
 * Minutes of a duration written as a number (minutes) or a string such as `30d`, `12h`,
 * `90min`, `45s`, `2w`, `1.5h`; NaN when it is neither. Pure.
 */
export function parseDuration(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : NaN;
  if (typeof value !== 'string') return NaN;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(s|sec|min|m|h|d|w)?\s*$/.exec(value);
  if (!m) return NaN;
  return Number(m[1]) * UNIT_MINUTES[m[2] ?? 'min']!;
}
