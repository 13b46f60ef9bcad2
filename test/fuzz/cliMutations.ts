/**
 * Seeded mutations of process files for the CLI fuzz suite: each takes the file's text and a
 * random source and gives the bytes of a damaged or hostile variant. The same seed gives the same
 * files, so a failure reproduces.
 */

/** A seeded random source (mulberry32): `next()` in [0, 1), `int(n)` in [0, n), `pick(list)`. */
export interface Random {
  next(): number;
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
}

/** The random source for `seed`. Pure: the same seed gives the same sequence. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return { next, int, pick: (list) => list[int(list.length)]! };
}

/** One mutation: a name for the failure report and what it does to a file's text. */
export interface Mutation {
  name: string;
  /** Which files it applies to: JSON process documents, BPMN XML, or both. */
  kind: 'json' | 'bpmn' | 'any';
  apply(text: string, random: Random): string | Uint8Array;
}

/** Text no renderer may run or let out of its quotes. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '`;process.exit(3);//${process.exit(4)}',
  ']]><!--',
  "=cmd|' /C calc'!A0",
  '审批 🚀👩‍💻 ‮evil‬ \u200b',
  '\ud800 lone surrogate',
  '{{constructor.constructor("return process")().exit(5)}}',
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every object and array inside `value` (iteratively: fuzzed documents nest deeply). */
function containers(value: Json): Array<Json[] | { [key: string]: Json }> {
  const out: Array<Json[] | { [key: string]: Json }> = [];
  const stack: Json[] = [value];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (v !== null && typeof v === 'object') {
      out.push(v);
      stack.push(...(Array.isArray(v) ? v : Object.values(v)));
    }
  }
  return out;
}

/** Applies `change` to the parsed document; text that is not JSON is returned as it is. */
function onJson(change: (doc: Json, random: Random) => Json | void) {
  return (text: string, random: Random): string => {
    let doc: Json;
    try {
      doc = JSON.parse(text) as Json;
    } catch {
      return text;
    }
    const changed = change(doc, random);
    return JSON.stringify(changed === undefined ? doc : changed);
  };
}

/** A random object inside the document (the document itself if it has none). */
function someObject(doc: Json, random: Random): { [key: string]: Json } | undefined {
  const objects = containers(doc).filter((c): c is { [key: string]: Json } => !Array.isArray(c));
  return objects.length ? random.pick(objects) : undefined;
}

const WEIRD_VALUES: Json[] = [null, -1, 0, 1.5, 1e308, -1e308, 4294967296, '', 'x', [], {}, true];

/** The mutations the suite draws from. */
export const MUTATIONS: Mutation[] = [
  {
    name: 'truncated',
    kind: 'any',
    apply: (text, random) => text.slice(0, random.int(text.length)),
  },
  {
    name: 'bytes flipped',
    kind: 'any',
    apply: (text, random) => {
      const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
      for (let i = 0, n = 1 + random.int(8); i < n; i++)
        bytes[random.int(bytes.length)] ^= 1 + random.int(255);
      return bytes;
    },
  },
  {
    name: 'value replaced by a wrong type or an extreme number',
    kind: 'json',
    apply: onJson((doc, random) => {
      for (let i = 0; i < 3; i++) {
        const target = someObject(doc, random);
        const keys = target ? Object.keys(target) : [];
        if (target && keys.length) target[random.pick(keys)] = random.pick(WEIRD_VALUES);
      }
    }),
  },
  {
    name: 'key removed',
    kind: 'json',
    apply: onJson((doc, random) => {
      const target = someObject(doc, random);
      const keys = target ? Object.keys(target) : [];
      if (target && keys.length) delete target[random.pick(keys)];
    }),
  },
  {
    name: 'huge attribute',
    kind: 'json',
    apply: onJson((doc, random) => {
      const target = someObject(doc, random);
      if (target)
        target[random.pick(['name', 'description', 'instructions', 'id'])] = '长🚀'.repeat(60_000);
    }),
  },
  {
    name: 'huge attribute',
    kind: 'bpmn',
    apply: (text, random) =>
      text.replace(/ name="[^"]*"/g, (m) =>
        random.int(3) === 0 ? ` name="${'长🚀&amp;'.repeat(20_000)}"` : m,
      ),
  },
  {
    name: 'deep nesting',
    kind: 'json',
    apply: (text, random) => {
      const depth = 2_000 + random.int(20_000);
      const deep = `${'['.repeat(depth)}1${']'.repeat(depth)}`;
      const at = text.lastIndexOf('}');
      return at < 0 ? deep : `${text.slice(0, at)}, "deep": ${deep}${text.slice(at)}`;
    },
  },
  {
    name: 'deep nesting',
    kind: 'bpmn',
    apply: (text, random) => {
      const depth = 300 + random.int(5_000);
      const at = text.lastIndexOf('</');
      const deep = `${'<x:a xmlns:x="urn:x">'.repeat(depth)}${'</x:a>'.repeat(depth)}`;
      return at < 0 ? deep : `${text.slice(0, at)}${deep}${text.slice(at)}`;
    },
  },
  {
    name: 'hostile names',
    kind: 'json',
    apply: onJson((doc, random) => {
      for (const c of containers(doc))
        if (!Array.isArray(c) && typeof c.name === 'string') c.name = random.pick(HOSTILE);
      for (const c of containers(doc))
        if (!Array.isArray(c) && typeof c.label === 'string') c.label = random.pick(HOSTILE);
    }),
  },
  {
    name: 'hostile names',
    kind: 'bpmn',
    apply: (text, random) =>
      text
        .replace(/ name="[^"]*"/g, () => ` name="${xmlAttr(random.pick(HOSTILE))}"`)
        .replace(/<(bpmn:)?documentation>/, (m) => `${m}<![CDATA[<script>alert(1)</script>]]>`),
  },
  {
    name: '__proto__ and constructor keys',
    kind: 'json',
    apply: (text, random) => {
      const poison =
        '"__proto__": { "polluted": "yes", "capacity": 99 }, "constructor": { "prototype": { "polluted": "yes" } }, ';
      // Into the document and into a random object inside it, as raw text: JSON.parse keeps them.
      let out = text.replace('{', `{${poison}`);
      const opens = [...out.matchAll(/\{(?=\s*")/g)].map((m) => m.index);
      const at = opens.length > 1 ? random.pick(opens.slice(1)) : undefined;
      if (at !== undefined) out = `${out.slice(0, at + 1)}${poison}${out.slice(at + 1)}`;
      return out;
    },
  },
  {
    name: '__proto__ ids',
    kind: 'any',
    apply: (text, random) => {
      const ids = [
        ...new Set([...text.matchAll(/"id": ?"([^"]+)"|id="([^"]+)"/g)].map((m) => m[1] ?? m[2]!)),
      ];
      if (ids.length === 0) return text;
      const victim = random.pick(ids);
      const to = random.pick([
        '__proto__',
        'constructor',
        'hasOwnProperty',
        'toString',
        'prototype',
      ]);
      return text.split(`"${victim}"`).join(`"${to}"`);
    },
  },
  {
    name: 'Chinese and emoji ids and names',
    kind: 'any',
    apply: (text, random) => {
      const ids = [
        ...new Set([...text.matchAll(/"id": ?"([^"]+)"|id="([^"]+)"/g)].map((m) => m[1] ?? m[2]!)),
      ];
      let out = text;
      for (const id of ids.slice(0, 1 + random.int(6)))
        out = out
          .split(`"${id}"`)
          .join(`"${random.pick(['审批', '步骤_一', '🚀', 'a😀b', '流程-2'])}${random.int(100)}"`);
      return out;
    },
  },
];

function xmlAttr(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** `count` mutations of `text`, each of one or two mutations that apply to its kind. */
export function mutate(
  text: string,
  kind: 'json' | 'bpmn',
  random: Random,
  count: number,
): Array<{ names: string[]; data: string | Uint8Array }> {
  const usable = MUTATIONS.filter((m) => m.kind === 'any' || m.kind === kind);
  return Array.from({ length: count }, () => {
    const first = random.pick(usable);
    let data = first.apply(text, random);
    const names = [first.name];
    // Deep nesting goes last: the JSON mutations cannot rewrite what is nested that deep.
    if (random.int(3) === 0 && typeof data === 'string' && first.name !== 'deep nesting') {
      const second = random.pick(usable);
      data = second.apply(data, random);
      names.push(second.name);
    }
    return { names, data };
  });
}
