/**
 * Writes plain data as TypeScript source that can only ever be data (SPEC.md CM-TS-SAFE): strings
 * are JSON string literals with `</`, `<!`, `-->`, U+2028 and U+2029 also escaped, so `"; process.exit(1); //`,
 * `${x}`, `</script>` and line separators stay inert text; keys that are not plain identifiers are
 * quoted the same way, and `__proto__` is written as a computed key so it stays an own property.
 */

/** A value the literal writer accepts. */
export type LiteralValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly LiteralValue[]
  | { readonly [key: string]: LiteralValue };

/**
 * A JavaScript string literal for `s`: JSON-escaped, plus `<` before `/` or `!`, `>` after `--`,
 * U+2028 and U+2029 as `\\u` escapes, so the module can also sit inside an HTML script. Pure.
 */
export function stringLiteral(s: string): string {
  return JSON.stringify(s).replace(
    /<(?=[/!])|(?<=--)>|[\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** An object key: bare when it is an ASCII identifier, quoted otherwise, computed for `__proto__`. Pure. */
export function propertyKey(key: string): string {
  if (key === '__proto__') return `[${stringLiteral(key)}]`;
  return IDENTIFIER.test(key) ? key : stringLiteral(key);
}

/**
 * `value` as a TypeScript expression, indented by `indent` spaces per level. Pure. `refs` maps
 * objects (by identity) to expressions written instead of the object (shared tables);
 * `extra(obj)` may add raw property lines (already safe source) to an object.
 */
export function tsLiteral(
  value: LiteralValue,
  options: {
    indent?: number;
    refs?: ReadonlyMap<object, string>;
    extra?: (obj: object) => string[];
  } = {},
  depth = 0,
): string {
  const step = ' '.repeat(options.indent ?? 2);
  const pad = step.repeat(depth + 1);
  const end = step.repeat(depth);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'Number.NaN';
    if (!Number.isFinite(value))
      return value > 0 ? 'Number.POSITIVE_INFINITY' : 'Number.NEGATIVE_INFINITY';
    return Object.is(value, -0) ? '-0' : String(value);
  }
  if (typeof value === 'boolean') return String(value);
  const ref = options.refs?.get(value);
  if (ref !== undefined) return ref;
  // Small arrays and objects on one line, so the module reads like hand-written code.
  const flat = inline(value, options.refs, INLINE_WIDTH - pad.length);
  if (flat !== undefined) return flat;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((v: LiteralValue) => `${pad}${tsLiteral(v, options, depth + 1)},`);
    return `[\n${items.join('\n')}\n${end}]`;
  }
  const lines = Object.keys(value)
    .filter((k) => (value as Record<string, LiteralValue>)[k] !== undefined)
    .map(
      (k) =>
        `${pad}${propertyKey(k)}: ${tsLiteral((value as Record<string, LiteralValue>)[k], options, depth + 1)},`,
    );
  for (const line of options.extra?.(value) ?? []) lines.push(`${pad}${line},`);
  return lines.length === 0 ? '{}' : `{\n${lines.join('\n')}\n${end}}`;
}

const INLINE_WIDTH = 96;

/** `value` on one line when it fits in `budget` characters and holds no shared table; else undefined. */
function inline(
  value: LiteralValue,
  refs: ReadonlyMap<object, string> | undefined,
  budget: number,
): string | undefined {
  if (budget <= 0) return undefined;
  if (value === null || value === undefined || typeof value !== 'object') {
    const s = tsLiteral(value);
    return s.length <= budget ? s : undefined;
  }
  if (refs?.has(value)) return refs.get(value);
  const parts: string[] = [];
  let used = 4;
  const entries: Array<[string | undefined, LiteralValue]> = Array.isArray(value)
    ? value.map((v: LiteralValue) => [undefined, v])
    : Object.keys(value)
        .filter((k) => (value as Record<string, LiteralValue>)[k] !== undefined)
        .map((k) => [k, (value as Record<string, LiteralValue>)[k]]);
  for (const [key, v] of entries) {
    const head = key === undefined ? '' : `${propertyKey(key)}: `;
    const item = inline(v, refs, budget - used - head.length);
    if (item === undefined) return undefined;
    parts.push(head + item);
    used += head.length + item.length + 2;
    if (used > budget) return undefined;
  }
  if (Array.isArray(value)) return `[${parts.join(', ')}]`;
  return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`;
}
