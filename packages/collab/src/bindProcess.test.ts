import {
  build,
  freshId,
  gallery,
  parseProcess,
  type CommandCall,
  type ProcessDocument,
} from '@flowsmith/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bindProcess } from './bindProcess';
import { readProcessFromYDoc } from './readProcessFromYDoc';
import { canonicalJson, createTestReplica, syncDocs, type TestReplica } from './testReplica';
import { writeProcessToYDoc } from './writeProcessToYDoc';

/** Two replicas of `doc`, each bound to its own Y.Doc; the Y.Docs start in sync. */
function twoReplicas(doc: ProcessDocument) {
  const ya = new Y.Doc();
  writeProcessToYDoc(ya, doc);
  const yb = new Y.Doc();
  Y.applyUpdate(yb, Y.encodeStateAsUpdate(ya));
  const a = createTestReplica(readProcessFromYDoc(ya));
  const b = createTestReplica(readProcessFromYDoc(yb));
  bindProcess(ya, a);
  bindProcess(yb, b);
  return { ya, yb, a, b };
}

type Op = { who: 0 | 1; kind: number; x: number; y: number } | { sync: true };

/** A command a workshop participant gives, picked from the replica's current document. */
function callFor(doc: ProcessDocument, kind: number, x: number, y: number): CommandCall | null {
  const tasks = doc.steps.filter((s) => s.type === 'task');
  const pick = <T>(list: readonly T[], n: number) =>
    list.length ? list[n % list.length]! : undefined;
  switch (kind) {
    case 0: {
      const id = freshId(doc, 'task');
      return {
        id: 'step.add',
        params: { step: { ...build.task(id, 'clerk', 2), position: { x, y } } },
      };
    }
    case 1: {
      const s = pick(doc.steps, x);
      return s ? { id: 'steps.move', params: { moves: [{ id: s.id, position: { x, y } }] } } : null;
    }
    case 2: {
      const s = pick(tasks, x);
      return s ? { id: 'step.update', params: { id: s.id, changes: { name: `n${y}` } } } : null;
    }
    case 3: {
      const from = pick(doc.steps, x);
      const to = pick(doc.steps, y);
      if (!from || !to || from.id === to.id) return null;
      return { id: 'flow.connect', params: { id: freshId(doc, 'flow'), from: from.id, to: to.id } };
    }
    case 4: {
      const s = pick(tasks, x);
      return s ? { id: 'steps.remove', params: { ids: [s.id] } } : null;
    }
    default: {
      const f = pick(doc.flows, x);
      return f ? { id: 'flow.disconnect', params: { id: f.id } } : null;
    }
  }
}

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      who: fc.constantFrom<0 | 1>(0, 1),
      kind: fc.nat(5),
      x: fc.nat(40),
      y: fc.nat(40),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ sync: true as const }) },
);

function run(ops: readonly Op[]) {
  const r = twoReplicas(gallery.sequence3);
  const replicas: [TestReplica, TestReplica] = [r.a, r.b];
  for (const o of ops) {
    if ('sync' in o) syncDocs(r.ya, r.yb);
    else {
      const replica = replicas[o.who];
      const call = callFor(replica.doc, o.kind, o.x, o.y);
      if (call) replica.execute(call);
    }
  }
  syncDocs(r.ya, r.yb);
  return r;
}

describe('bindProcess', () => {
  it('carries a command on one replica to the other as a patch', () => {
    const { ya, yb, a, b } = twoReplicas(gallery.sequence3);
    a.execute({ id: 'step.update', params: { id: 'a', changes: { name: 'Check order' } } });
    syncDocs(ya, yb);
    expect(b.doc.steps.find((s) => s.id === 'a')!.name).toBe('Check order');
    expect(b.remotePatches).toBe(1);
    expect(canonicalJson(b.doc)).toBe(canonicalJson(a.doc));
  });

  it('keeps both fields when two people change different fields of one step at once', () => {
    const { ya, yb, a, b } = twoReplicas(gallery.sequence3);
    a.execute({ id: 'step.update', params: { id: 'a', changes: { name: 'Check' } } });
    b.execute({ id: 'steps.move', params: { moves: [{ id: 'a', position: { x: 300, y: 40 } }] } });
    syncDocs(ya, yb);
    const step = a.doc.steps.find((s) => s.id === 'a')!;
    expect(step.name).toBe('Check');
    expect(step.position).toEqual({ x: 300, y: 40 });
    expect(canonicalJson(b.doc)).toBe(canonicalJson(a.doc));
  });

  it('removes a flow connected to a step someone deleted at the same time', () => {
    const { ya, yb, a, b } = twoReplicas(gallery.sequence3);
    a.execute({ id: 'flow.connect', params: { id: 'flow-x', from: 'a', to: 'c' } });
    b.execute({ id: 'steps.remove', params: { ids: ['c'] } });
    syncDocs(ya, yb);
    expect(a.doc.flows.some((f) => f.id === 'flow-x')).toBe(false);
    expect(parseProcess(a.doc).ok).toBe(true);
    expect(canonicalJson(b.doc)).toBe(canonicalJson(a.doc));
  });

  it('mirrors the workshop collections too: a note on a step someone deleted meanwhile', () => {
    const { ya, yb, a, b } = twoReplicas(gallery.sequence3);
    a.execute({ id: 'note.add', params: { note: { id: 'n1', text: 'waits', on: 'c' } } });
    b.execute({ id: 'steps.remove', params: { ids: ['c'] } });
    syncDocs(ya, yb);
    expect(canonicalJson(b.doc)).toBe(canonicalJson(a.doc));
    const parsed = parseProcess(a.doc);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it('keeps both steps when two people add one with the same id at once, each with its flow', () => {
    const { ya, yb, a, b } = twoReplicas(gallery.sequence3);
    for (const [r, name] of [
      [a, 'by a'],
      [b, 'by b'],
    ] as const) {
      const id = freshId(r.doc, 'task');
      r.execute({ id: 'step.add', params: { step: { ...build.task(id, 'clerk', 1), name } } });
      r.execute({ id: 'flow.connect', params: { id: freshId(r.doc, 'flow'), from: 'a', to: id } });
    }
    expect(a.doc.steps.at(-1)!.id).toBe(b.doc.steps.at(-1)!.id);
    syncDocs(ya, yb);
    expect(canonicalJson(b.doc)).toBe(canonicalJson(a.doc));
    const added = a.doc.steps.filter((s) => s.name === 'by a' || s.name === 'by b');
    expect(added.map((s) => s.name).sort()).toEqual(['by a', 'by b']);
    for (const step of added) expect(a.doc.flows.filter((f) => f.to === step.id)).toHaveLength(1);
    const parsed = parseProcess(a.doc);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it('keeps the order of records a replica inserts in the middle', () => {
    const { ya, yb, a, b } = twoReplicas(gallery.sequence3);
    a.execute({ id: 'step.add', params: { step: build.task('mid', 'clerk', 1), index: 2 } });
    syncDocs(ya, yb);
    expect(b.doc.steps.map((s) => s.id)).toEqual(a.doc.steps.map((s) => s.id));
    expect(a.doc.steps[2]!.id).toBe('mid');
  });

  it('random concurrent commands on two replicas merge to the same valid document', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const { ya, a, b } = run(ops);
        const merged = canonicalJson(readProcessFromYDoc(ya));
        expect(canonicalJson(a.doc)).toBe(merged);
        expect(canonicalJson(b.doc)).toBe(merged);
        const parsed = parseProcess(a.doc);
        expect(parsed.ok ? [] : parsed.problems).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
