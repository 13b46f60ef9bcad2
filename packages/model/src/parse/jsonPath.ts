const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * The JSON path of `key` inside `base`: `steps[3]`, `steps[3].role`, `view["odd key"]`. Pure.
 * Keys that are not identifiers are quoted so a path always reads back unambiguously.
 */
export function childPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (IDENTIFIER.test(key)) return base ? `${base}.${key}` : key;
  return `${base}[${JSON.stringify(key)}]`;
}
