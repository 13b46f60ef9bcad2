/**
 * Changes to a record: each key sets a field; `null` or `undefined` clears an optional one.
 */
export type Changes<T> = { [K in keyof T]?: T[K] | null };

/**
 * A copy of `record` with `changes` applied; `null`/`undefined` delete the field. Existing
 * fields keep their place, new ones go last. Pure; hostile keys such as `__proto__` stay data.
 */
export function applyChanges<T extends object>(record: T, changes: object): T {
  const source = record as Record<string, unknown>;
  const delta = changes as Record<string, unknown>;
  const keys = [...Object.keys(source)];
  for (const key of Object.keys(delta)) if (!keys.includes(key)) keys.push(key);
  const entries: Array<[string, unknown]> = [];
  for (const key of keys) {
    const value = Object.prototype.hasOwnProperty.call(delta, key) ? delta[key] : source[key];
    if (value !== undefined && value !== null) entries.push([key, value]);
  }
  return Object.fromEntries(entries) as T;
}
