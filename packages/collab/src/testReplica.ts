/**
 * Test support: a minimal editor-like replica of a process (commands, remote patches, re-sync)
 * to drive `bindProcess` in Node, and helpers to exchange updates between Y.Docs.
 */
import {
  applyPatch,
  executeCommand,
  isEmptyPatch,
  type CommandCall,
  type Patch,
  type ProcessDocument,
} from '@flowsmith/model';
import * as Y from 'yjs';
import type { CoEditable } from './bindProcess';

/** A replica for tests: `execute` runs a command locally. */
export interface TestReplica extends CoEditable {
  doc: ProcessDocument;
  execute(call: CommandCall): boolean;
  remotePatches: number;
  resyncs: number;
}

/** A replica holding `doc`. */
export function createTestReplica(doc: ProcessDocument): TestReplica {
  const listeners = new Set<(patch: Patch) => void>();
  const replica: TestReplica = {
    doc,
    remotePatches: 0,
    resyncs: 0,
    applyRemote(patch) {
      replica.doc = applyPatch(replica.doc, patch);
      replica.remotePatches++;
    },
    resync(next) {
      replica.doc = next;
      replica.resyncs++;
    },
    onLocalChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    execute(call) {
      const r = executeCommand(replica.doc, call);
      if (!r.ok || isEmptyPatch(r.patch)) return false;
      replica.doc = r.document;
      for (const l of listeners) l(r.patch);
      return true;
    },
  };
  return replica;
}

/** Sends each Y.Doc what the other lacks until both hold the same state (repairs included). */
export function syncDocs(a: Y.Doc, b: Y.Doc): void {
  for (let round = 0; round < 10; round++) {
    const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
    Y.applyUpdate(b, toB, 'remote');
    const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
    Y.applyUpdate(a, toA, 'remote');
    const va = Y.encodeStateVector(a);
    const vb = Y.encodeStateVector(b);
    if (va.length === vb.length && va.every((x, i) => x === vb[i])) return;
  }
  throw new Error('the documents did not settle after 10 rounds');
}

/** JSON of `value` with object keys sorted, to compare documents whatever their key order. Pure. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as object).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
        )
      : v,
  );
}
