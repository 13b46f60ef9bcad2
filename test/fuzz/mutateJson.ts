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
const HOSTILE_NUMBERS = [1e9, 4_294_967_296, 1e308, 1e-9, 0, -1, 0.5, 2 ** 31, 1e6, 3];
const HOSTILE_NAMES = [
  '审批（采购）',
  '🚀✅ emoji step',
  '<script>alert(1)</script>',
  '"quoted" & <b>bold</b> | pipe',
  "=cmd|' /C calc'!A0",
  '  ',
  'a'.repeat(5000),
];
const NAME_KEYS = new Set(['name', 'description', 'label', 'mitigation', 'title']);
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

function at({ parent, key }: Slot): unknown {
  return (parent as Record<string | number, unknown>)[key];
}
function setAt({ parent, key }: Slot, v: unknown): void {
  if (Array.isArray(parent)) parent[key as number] = v;
  else
    Object.defineProperty(parent, key, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
}

/**
 * `value` with the mutations applied one after the other. Kinds (mod 12): 0 delete, 1 duplicate,
 * 2 retype, 3 a hostile value, 4 a hostile key, 5–8 a hostile number in place of a number,
 * 9–11 a hostile name in place of a name or description (so documents stay valid more often).
 */
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
    if (kind % 12 >= 5) {
      // keep the type, change the value: numbers for numbers, hostile names for names
      const numeric = kind % 12 <= 8;
      const same = all.filter((x) =>
        numeric ? typeof at(x) === 'number' && x.key !== 'version' : NAME_KEYS.has(String(x.key)),
      );
      if (same.length === 0) continue;
      const slot = same[where % same.length]!;
      const v = numeric
        ? HOSTILE_NUMBERS[what % HOSTILE_NUMBERS.length]
        : HOSTILE_NAMES[what % HOSTILE_NAMES.length];
      setAt(slot, v);
      continue;
    }
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
