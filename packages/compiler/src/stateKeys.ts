import type { ProcessDocument } from '@flowsmith/model';

// Letters of any script, digits, `_` and `-`: no `.` or `#` (XState's path and id syntax).
const SAFE = /^[\p{L}\p{N}_-]{1,80}$/u;
// Keys that name Object.prototype members would be looked up through the prototype somewhere.
const RESERVED = new Set([
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);

/**
 * The XState state key of every step (SPEC.md CM-KEY), by step id. Pure. A step id that is
 * letters, digits, `_` and `-` is its own key; any other id (dots, quotes, spaces, `__proto__`)
 * becomes `step<N>` (its position, 1-based), made unique. Synthetic states the compiler adds
 * contain `@`, so they never collide with these keys.
 */
export function stateKeys(doc: ProcessDocument): Map<string, string> {
  const keys = new Map<string, string>();
  const taken = new Set<string>();
  doc.steps.forEach((s) => {
    if (isSafeKey(s.id) && !keys.has(s.id)) {
      keys.set(s.id, s.id);
      taken.add(s.id);
    }
  });
  doc.steps.forEach((s, i) => {
    if (keys.has(s.id)) return;
    let key = `step${i + 1}`;
    for (let n = 2; taken.has(key); n++) key = `step${i + 1}_${n}`;
    keys.set(s.id, key);
    taken.add(key);
  });
  return keys;
}

/** Whether `id` can be used as a state key as it is. Pure. */
export function isSafeKey(id: string): boolean {
  return SAFE.test(id) && !RESERVED.has(id);
}
