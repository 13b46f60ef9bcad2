/**
 * Fuzz of the app's load path (issue 14): stored records mutated from the examples (null,
 * strings, objects, arrays in place of fields, deleted fields, `__proto__` keys, huge strings)
 * go through `workspace.init()` and the document list in Node with fake-indexeddb. Seeded and
 * bounded (test/setup/fastCheck.ts). Loading never throws; the editor only ever holds a valid
 * process; healthy records stay reachable; a mutated record either opens (still valid) or is
 * kept aside, marked damaged, its raw JSON exportable.
 */
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { build, parseProcess, type ProcessDocument } from '@flowsmith/model';
import { createEditor } from '../createEditor';
import { openDocumentDb } from './documentDb';
import { createWorkspace } from './workspace';

// The bundled examples (Vite's glob import: no Node APIs in src/).
const files = import.meta.glob('/examples/*.flow.json', { eager: true, import: 'default' });
const examples: ProcessDocument[] = Object.entries(files).map(([f, json]) => {
  const r = parseProcess(json);
  if (!r.ok) throw new Error(`${f} does not parse`);
  return r.document;
});

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path (list of keys) to a value inside `v`, the root included. Pure. */
function pathsOf(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...at, i], out));
  else if (v && typeof v === 'object')
    for (const k of Object.keys(v)) pathsOf((v as Record<string, unknown>)[k], [...at, k], out);
  return out;
}

type Mutation =
  { kind: 'replace'; value: Json } | { kind: 'delete' } | { kind: 'proto'; value: Json };

/** A copy of `record` with `mutation` applied at `path` (never the record's key). Pure. */
function mutate(record: Record<string, unknown>, path: (string | number)[], m: Mutation) {
  const copy = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
  if (path.length === 0 || (path.length === 1 && path[0] === 'key')) {
    if (m.kind === 'delete') return { ...copy, doc: undefined };
    return {
      ...copy,
      doc: m.kind === 'proto' ? JSON.parse(`{"__proto__": {"steps": null}}`) : m.value,
    };
  }
  let parent: Record<string | number, unknown> = copy;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (m.kind === 'proto') {
    const target = parent[last];
    const polluted = JSON.parse(`{"__proto__": ${JSON.stringify(m.value)}}`) as object;
    parent[last] = target && typeof target === 'object' ? { ...polluted, ...target } : polluted;
  } else parent[last] = m.value;
  return copy;
}

const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.constant('x'.repeat(200_000)),
  fc.integer(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0.5),
  fc.boolean(),
  fc.constant<Json>([]),
  fc.constant<Json>({}),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string(), { maxKeys: 3 }),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  jsonValue.map((value): Mutation => ({ kind: 'replace', value })),
  fc.constant<Mutation>({ kind: 'delete' }),
  jsonValue.map((value): Mutation => ({ kind: 'proto', value })),
);

const blank = () => build.processOf('blank', { steps: [], flows: [] });

async function seed(factory: IDBFactory, records: Record<string, unknown>[]) {
  const db = await openDocumentDb(factory);
  await new Promise<void>((done, fail) => {
    const tx = db.transaction('documents', 'readwrite');
    for (const r of records) tx.objectStore('documents').put(r);
    tx.oncomplete = () => done();
    tx.onerror = () => fail(tx.error);
  });
  db.close();
}

const recordOf = (key: string, doc: ProcessDocument, updatedAt: number) => ({
  key,
  name: doc.name,
  documentId: doc.id,
  stepCount: doc.steps.length,
  updatedAt,
  revision: 1,
  doc,
});

describe('loader fuzz: mutated IndexedDB records', () => {
  beforeAll(() => void vi.spyOn(console, 'warn').mockImplementation(() => {}));
  afterAll(() => vi.restoreAllMocks());

  it('never throws, keeps healthy records reachable and damaged ones aside', async () => {
    const seen = { opened: 0, damaged: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: examples.length - 1 }),
        fc.nat(),
        mutation,
        fc.boolean(),
        async (which, pathPick, m, mutatedIsLast) => {
          const source = examples[which]!;
          const base = recordOf('mutated', source, 3);
          const paths = pathsOf(base).filter((p) => p[0] !== 'key');
          const damaged = mutate(base, paths[pathPick % paths.length]!, m);
          const healthy = [recordOf('a', examples[0]!, 1), recordOf('b', examples[1]!, 2)];
          const factory = new IDBFactory();
          await seed(factory, [...healthy, damaged]);
          const local = new Map([['last', mutatedIsLast ? 'mutated' : 'a']]);
          const editor = createEditor(blank());
          const ws = createWorkspace(editor, {
            indexedDB: factory,
            lastKey: {
              get: () => local.get('last') ?? null,
              set: (k) => void local.set('last', k),
            },
            blankDocument: blank,
            newKey: () => `new-${Math.random()}`,
          });
          await ws.init();
          // the editor holds a valid process, never the raw damage
          expect(parseProcess(editor.state.doc).ok).toBe(true);
          const listed = () => ws.store.getState().documents;
          for (const h of healthy) {
            expect(listed().find((d) => d.key === h.key)?.damaged).toBeUndefined();
            expect(await ws.openStored(h.key)).toBe(true);
            expect(editor.state.doc).toEqual(h.doc);
          }
          const opened = await ws.openStored('mutated');
          const entry = listed().find((d) => d.key === 'mutated');
          expect(entry).toBeDefined();
          if (opened) expect(parseProcess(editor.state.doc).ok).toBe(true);
          else expect(entry?.damaged?.message).toBeTypeOf('string');
          seen[opened ? 'opened' : 'damaged']++;
          expect(await ws.rawJson('mutated')).toBeTypeOf('string');
          ws.dispose();
        },
      ),
      { numRuns: 120 },
    );
    // the mutations reach both outcomes
    expect(seen.damaged).toBeGreaterThan(20);
    expect(seen.opened).toBeGreaterThan(5);
  });
});
