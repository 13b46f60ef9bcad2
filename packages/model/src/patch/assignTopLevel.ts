import { TOP_LEVEL_KEYS, type ProcessDocument } from '../types/process';

// Widened so that any key can be ranked; keys FORMAT.md does not list go last.
const CANONICAL_ORDER: readonly string[] = TOP_LEVEL_KEYS;
const rank = (key: string): number => {
  const i = CANONICAL_ORDER.indexOf(key);
  return i < 0 ? CANONICAL_ORDER.length : i;
};

/**
 * A copy of `doc` with the given top-level keys set (`undefined` deletes the key). Existing keys
 * keep their place; new keys go before the first existing key that FORMAT.md lists after them, so
 * removing a key and adding it back restores the original key order (and so the JSON text). Pure.
 */
export function assignTopLevel(
  doc: ProcessDocument,
  values: ReadonlyMap<string, unknown>,
): ProcessDocument {
  const keys = Object.keys(doc);
  for (const [key, value] of values) {
    if (value === undefined || keys.includes(key)) continue;
    const at = keys.findIndex((k) => rank(k) > rank(key));
    if (at < 0) keys.push(key);
    else keys.splice(at, 0, key);
  }
  const source = doc as unknown as Record<string, unknown>;
  // fromEntries defines own properties, so a hostile `__proto__` key stays plain data.
  const entries: Array<[string, unknown]> = [];
  for (const key of keys) {
    const value = values.has(key) ? values.get(key) : source[key];
    if (value !== undefined) entries.push([key, value]);
  }
  return Object.fromEntries(entries) as unknown as ProcessDocument;
}
