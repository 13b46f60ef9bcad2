import {
  COLLECTIONS,
  emptyPatch,
  parseProcess,
  readHeader,
  type CollectionName,
  type Patch,
  type ProcessDocument,
} from '@flowsmith/model';

const COLLECTION_SET: ReadonlySet<string> = new Set<string>(COLLECTIONS);
const TOKEN = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;

/** `steps[3].role` → `['steps', 3, 'role']`. Pure. */
export function pathSegments(path: string): Array<string | number> {
  const out: Array<string | number> = [];
  for (const m of path.matchAll(TOKEN)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[3] !== undefined) out.push(JSON.parse(`"${m[3]}"`) as string);
  }
  return out;
}

/** A copy of `value` without what `path` names (an array element is spliced out). Pure. */
function without(value: unknown, path: ReadonlyArray<string | number>): unknown {
  const [head, ...rest] = path;
  if (Array.isArray(value) && typeof head === 'number') {
    if (rest.length === 0) return value.filter((_, i) => i !== head);
    return value.map((v, i) => (i === head ? without(v, rest) : v));
  }
  if (value && typeof value === 'object' && typeof head === 'string') {
    const copy = { ...(value as Record<string, unknown>) };
    if (rest.length === 0) delete copy[head];
    else copy[head] = without(copy[head], rest);
    return copy;
  }
  return value;
}

/**
 * The patch that removes the references a merge of concurrent edits left pointing at records
 * that no longer exist (someone connected a flow to a step another person deleted at the same
 * time): a flow whose end is gone is removed; any other dangling reference is taken out of its
 * record (an optional field deleted, an element of a list dropped). Deterministic, so replicas
 * that repair the same merged document write the same repair. Pure; empty when nothing dangles.
 */
export function repairReferences(doc: ProcessDocument): Patch {
  const patch = emptyPatch();
  const result = parseProcess(doc);
  if (result.ok) return patch;
  const fixes = new Map<string, Array<Array<string | number>>>();
  const removed = new Set<string>();
  for (const problem of result.problems) {
    if (problem.code !== 'reference.missing') continue;
    const path = pathSegments(problem.path);
    const [collection, index, field] = path;
    if (
      typeof collection === 'string' &&
      COLLECTION_SET.has(collection) &&
      typeof index === 'number'
    ) {
      const key = `${collection}[${index}]`;
      if (collection === 'flows' && (field === 'from' || field === 'to') && path.length === 3) {
        removed.add(key);
        continue;
      }
      (fixes.get(key) ?? fixes.set(key, []).get(key)!).push(path.slice(2));
    } else if (typeof collection === 'string') {
      (fixes.get('header') ?? fixes.set('header', []).get('header')!).push(path);
    }
  }
  const records = doc as unknown as Record<string, Array<{ id: string }> | undefined>;
  for (const key of removed) {
    const [, collection, index] = /^(\w+)\[(\d+)\]$/.exec(key)!;
    const record = records[collection!]![Number(index)]!;
    patch.removed.push({
      collection: collection as CollectionName,
      index: Number(index),
      record,
    } as never);
  }
  for (const [key, paths] of fixes) {
    if (key === 'header') {
      const before = readHeader(doc);
      // Deepest and last elements first, so earlier indexes stay right.
      const after = [...paths].reverse().reduce<unknown>((v, p) => without(v, p), before);
      patch.updated.push([
        { collection: 'header', header: before },
        { collection: 'header', header: after as typeof before },
      ]);
      continue;
    }
    if (removed.has(key)) continue;
    const [, collection, index] = /^(\w+)\[(\d+)\]$/.exec(key)!;
    const record = records[collection!]![Number(index)]!;
    const after = [...paths].reverse().reduce<unknown>((v, p) => without(v, p), record);
    patch.updated.push([
      { collection, index: Number(index), record } as never,
      { collection, index: Number(index), record: after } as never,
    ]);
  }
  return patch;
}
