import {
  bindProcess,
  canonicalJson,
  readProcessFromYDoc,
  syncDocs,
  writeProcessToYDoc,
} from '@flowsmith/collab';
import {
  build,
  freshId,
  parseProcess,
  type CommandCall,
  type ProcessDocument,
} from '@flowsmith/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { coEditable } from './coEditable';
import { placedChain } from './createTestEditor';
import { createEditor, type Editor } from './createEditor';
import { startStepDrag, type StepDrag } from './dragSteps';

const { task } = build;

const placed = placedChain;

/** Two editors on one shared process, each with its own Y.Doc (not yet exchanging). */
function workshop() {
  const ya = new Y.Doc();
  writeProcessToYDoc(ya, placed());
  const yb = new Y.Doc();
  Y.applyUpdate(yb, Y.encodeStateAsUpdate(ya));
  const a = createEditor(readProcessFromYDoc(ya));
  const b = createEditor(readProcessFromYDoc(yb));
  bindProcess(ya, coEditable(a));
  bindProcess(yb, coEditable(b));
  return { ya, yb, a, b, sync: () => syncDocs(ya, yb) };
}

const stepName = (e: Editor, id: string) => e.state.doc.steps.find((s) => s.id === id)?.name;

describe('co-editing through the editor seam', () => {
  it('undo in one editor undoes only its own change, in both', () => {
    const w = workshop();
    w.a.execute({ id: 'step.update', params: { id: 'a', changes: { name: 'A by a' } } });
    w.sync();
    w.b.execute({ id: 'step.update', params: { id: 'b', changes: { name: 'B by b' } } });
    w.sync();
    expect(w.a.canUndo()).toBe(true);
    expect(w.a.state.undoStack).toHaveLength(1);
    w.a.undo();
    w.sync();
    for (const e of [w.a, w.b]) {
      expect(stepName(e, 'a')).toBe('a');
      expect(stepName(e, 'b')).toBe('B by b');
    }
    expect(w.b.state.undoStack).toHaveLength(1);
  });

  it('offline edits on both sides are both there after reconnecting', () => {
    const w = workshop();
    w.a.execute({
      id: 'steps.move',
      params: { moves: [{ id: 'a', position: { x: 210, y: 300 } }] },
    });
    w.b.execute({
      id: 'step.add',
      params: { step: { ...task('b2', 'clerk'), position: { x: 600, y: 80 } } },
    });
    w.sync();
    expect(canonicalJson(w.a.state.doc)).toBe(canonicalJson(w.b.state.doc));
    expect(w.a.state.doc.steps.find((s) => s.id === 'a')!.position).toEqual({ x: 210, y: 300 });
    expect(w.a.state.doc.steps.some((s) => s.id === 'b2')).toBe(true);
  });

  it('random commands, drags, undos on two editors converge, and remote changes never touch a history', () => {
    type Op = { who: 0 | 1; kind: number; x: number; y: number } | { sync: true };
    const op: fc.Arbitrary<Op> = fc.oneof(
      {
        weight: 6,
        arbitrary: fc.record({
          who: fc.constantFrom<0 | 1>(0, 1),
          kind: fc.nat(9),
          x: fc.nat(30),
          y: fc.nat(30),
        }),
      },
      { weight: 1, arbitrary: fc.constant({ sync: true as const }) },
    );
    const callFor = (
      doc: ProcessDocument,
      kind: number,
      x: number,
      y: number,
    ): CommandCall | null => {
      const steps = doc.steps;
      const s = steps.length ? steps[x % steps.length]! : undefined;
      const t = steps.length ? steps[y % steps.length]! : undefined;
      switch (kind) {
        case 0:
          return {
            id: 'step.add',
            params: { step: { ...task(freshId(doc, 'task'), 'clerk'), position: { x, y } } },
          };
        case 1:
          return s
            ? { id: 'steps.move', params: { moves: [{ id: s.id, position: { x, y } }] } }
            : null;
        case 2:
          return s && s.type === 'task'
            ? { id: 'step.update', params: { id: s.id, changes: { name: `n${y}` } } }
            : null;
        case 3:
          return s && t && s.id !== t.id
            ? { id: 'flow.connect', params: { id: freshId(doc, 'flow'), from: s.id, to: t.id } }
            : null;
        case 4:
          return s && s.type === 'task' ? { id: 'steps.remove', params: { ids: [s.id] } } : null;
        default:
          return null; // undo (5), redo (6), drag (7), drop (8), Escape (9)
      }
    };
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const w = workshop();
        const editors = [w.a, w.b] as const;
        const drags: Array<StepDrag | null> = [null, null];
        for (const o of ops) {
          if ('sync' in o) {
            const stacks = editors.map((e) => [e.state.undoStack, e.state.redoStack]);
            w.sync();
            editors.forEach((e, i) => {
              expect(e.state.undoStack).toBe(stacks[i]![0]);
              expect(e.state.redoStack).toBe(stacks[i]![1]);
            });
            continue;
          }
          const e = editors[o.who];
          if (o.kind === 5) e.undo();
          else if (o.kind === 6) e.redo();
          else if (o.kind === 7) {
            const steps = e.state.doc.steps;
            if (!e.state.gesture && steps.length)
              drags[o.who] = startStepDrag(e, [steps[o.x % steps.length]!.id]);
            drags[o.who]?.move({ x: o.x * 10, y: o.y * 10 });
          } else if (o.kind === 8 || o.kind === 9) {
            if (o.kind === 8) drags[o.who]?.end();
            else drags[o.who]?.cancel();
            drags[o.who] = null;
          } else {
            const call = callFor(e.state.doc, o.kind, o.x, o.y);
            if (call) e.execute(call);
          }
        }
        for (const d of drags) d?.end();
        w.sync();
        const merged = canonicalJson(readProcessFromYDoc(w.ya));
        expect(canonicalJson(w.a.state.doc)).toBe(merged);
        expect(canonicalJson(w.b.state.doc)).toBe(merged);
        const parsed = parseProcess(w.a.state.doc);
        expect(parsed.ok ? [] : parsed.problems).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
