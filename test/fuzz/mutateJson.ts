/**
 * Seeded mutations of JSON values for the fuzz suites (issue 14): delete, duplicate or retype a
 * field, put in huge, negative or NaN-like numbers, `__proto__` keys and hostile names. Pure:
 * the same value and choices give the same result; the input is never changed.
 */

/** One mutation: its kind and two numbers that pick the place and the value. */
export type Mutation = [kind: number, where: number, what: number];

const HOSTILE_VALUES: unknown[] = [
  1e9,
  4_294_967_296,
  1e308,
  -1,
  -1e9,
  0,
  0.5,
  'NaN',
  'Infinity',
  '-0',
  '',
  null,
  true,
  [],
  {},
  '审批（采购）',
  '🚀✅ emoji step',
  '<script>alert(1)</script>',
  '"quoted" & <b>bold</b>',
  'a'.repeat(5000),
];
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', '名称', '<img>'];

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number };

/** Every place in `value` (object fields and array elements), depth first, in a fixed order. */
function slots(value: unknown, out: Slot[] = []): Slot[] {
  if (Array.isArray(value))
    value.forEach((v, i) => {
      out.push({ parent: value, key: i });
      slots(v, out);
    });
  else if (value !== null && typeof value === 'object')
    for (const key of Object.keys(value)) {
      out.push({ parent: value as Record<string, unknown>, key });
      slots((value as Record<string, unknown>)[key], out);
    }
  return out;
}

function retype(v: unknown): unknown {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v.length;
  if (Array.isArray(v)) return { ...v };
  if (v !== null && typeof v === 'object') return Object.values(v);
  return v === null ? 'null' : null;
}

/** `value` with the mutations applied one after the other. */
export function mutateJson(value: unknown, mutations: readonly Mutation[]): unknown {
  // a deep copy that keeps "__proto__" as an own key, like JSON.parse does for a file
  const copy: unknown = JSON.parse(JSON.stringify(value));
  for (const [kind, where, what] of mutations) {
    const all = slots(copy);
    if (all.length === 0) break;
    const { parent, key } = all[where % all.length]!;
    const get = (): unknown => (parent as Record<string | number, unknown>)[key];
    const set = (v: unknown): void => {
      if (Array.isArray(parent)) parent[key as number] = v;
      else
        Object.defineProperty(parent, key, {
          value: v,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    };
    switch (kind % 5) {
      case 0: // delete the field (or the array element)
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key as string];
        break;
      case 1: // duplicate: an array element twice, or a field's value into another field
        if (Array.isArray(parent))
          parent.splice(key as number, 0, JSON.parse(JSON.stringify(get()) ?? 'null'));
        else set(JSON.parse(JSON.stringify(all[what % all.length]!.parent) ?? 'null'));
        break;
      case 2:
        set(retype(get()));
        break;
      case 3:
        set(HOSTILE_VALUES[what % HOSTILE_VALUES.length]);
        break;
      default: {
        const host = Array.isArray(parent) ? get() : parent;
        if (host !== null && typeof host === 'object' && !Array.isArray(host)) {
          const k = HOSTILE_KEYS[what % HOSTILE_KEYS.length]!;
          Object.defineProperty(host, k, {
            value: HOSTILE_VALUES[what % HOSTILE_VALUES.length],
            enumerable: true,
            writable: true,
            configurable: true,
          });
        } else set(HOSTILE_VALUES[what % HOSTILE_VALUES.length]);
      }
    }
  }
  return copy;
}
