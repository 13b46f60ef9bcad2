import * as Y from 'yjs';

const HOSTILE = new Set(['__proto__', 'constructor', 'prototype']);

/** The type of a Y.Doc's shared types, as `Y.Doc.share` holds them. */
type SharedType = Y.Doc['share'] extends Map<string, infer T> ? T : never;

function hostileInValue(value: unknown, path: string, depth: number): string | null {
  if (depth > 64) return `${path} (nested deeper than 64)`;
  if (value instanceof Y.AbstractType) return hostileInType(value as SharedType, path, depth + 1);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = hostileInValue(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    // lib0 decodes `{"__proto__": …}` by assignment, which swaps the prototype instead of
    // adding a key: a decoded object whose prototype is not Object's is hostile too.
    if (Object.getPrototypeOf(value) !== Object.prototype) return `${path} (prototype replaced)`;
    for (const key of Object.keys(value)) {
      if (HOSTILE.has(key)) return `${path}.${key}`;
      const found = hostileInValue(
        (value as Record<string, unknown>)[key],
        `${path}.${key}`,
        depth + 1,
      );
      if (found) return found;
    }
  }
  return null;
}

function hostileInType(type: SharedType, path: string, depth: number): string | null {
  for (const [key, item] of type._map) {
    if (item.deleted) continue;
    if (HOSTILE.has(key)) return `${path}.${key}`;
    for (const value of item.content.getContent()) {
      const found = hostileInValue(value, `${path}.${key}`, depth);
      if (found) return found;
    }
  }
  let n = type._start;
  for (let i = 0; n !== null; n = n.right) {
    if (n.deleted) continue;
    for (const value of n.content.getContent()) {
      const found = hostileInValue(value, `${path}[${i++}]`, depth);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The path of the first key in `ydoc` that could poison a JavaScript object when read
 * (`__proto__`, `constructor`, `prototype`, or a decoded value whose prototype was swapped), or
 * `null` when there is none. Walks every live map key and value. Pure.
 */
export function findHostileKey(ydoc: Y.Doc): string | null {
  for (const [name, type] of ydoc.share) {
    const found = hostileInType(type, name, 0);
    if (found) return found;
  }
  return null;
}
