/** Fields that say where a record is drawn or what it is called inside the file, not what it is. */
const IGNORED = new Set(['id', 'position']);

/** JSON with object keys sorted, so that key order never counts as a change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/**
 * The names of the fields whose values differ between two records (absent and present count as
 * different), ignoring `id`, `position` and the order of object keys; sorted. Pure.
 */
export function fieldChanges(before: object, after: object): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const out: string[] = [];
  for (const k of keys) {
    if (IGNORED.has(k)) continue;
    const a = (before as Record<string, unknown>)[k];
    const b = (after as Record<string, unknown>)[k];
    if (canonical(a) !== canonical(b)) out.push(k);
  }
  return out.sort();
}
