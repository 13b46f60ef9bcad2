/** JSON with unbounded figures (Infinity, NaN) written as null, 2-space indented. Pure. */
export function toJson(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v),
    2,
  );
}
