import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { build, gallery, type CommandCall } from '@flowsmith/model';
import { createTestEditor } from './createTestEditor';

const { processOf, start, end, task, chain, role } = build;

function placed() {
  return processOf('p', {
    roles: [role('clerk'), role('manager')],
    steps: [
      { ...start('s'), position: { x: 50, y: 80 } },
      { ...task('a', 'clerk'), position: { x: 200, y: 80 } },
      { ...task('b', 'clerk'), position: { x: 350, y: 80 } },
      { ...task('c', 'manager'), position: { x: 350, y: 300 } },
      { ...end('e'), position: { x: 500, y: 300 } },
    ],
    flows: chain('s', 'a', 'b', 'c', 'e'),
  });
}

describe('editor history', () => {
  it('undo restores the document before a command and redo the one after', () => {
    const t = createTestEditor(gallery.sequence3);
    const before = t.doc;
    t.execute({ id: 'process.rename', params: { name: '新名字' } });
    const after = t.doc;
    expect(after.name).toBe('新名字');
    t.undo();
    expect(t.doc).toEqual(before);
    t.redo();
    expect(t.doc).toEqual(after);
  });

  it('several calls are one undo step, and a refused call applies nothing', () => {
    const t = createTestEditor(gallery.sequence3);
    const before = t.doc;
    const r = t.editor.execute([
      { id: 'process.rename', params: { name: 'x' } },
      { id: 'step.update', params: { id: 'nope', changes: { name: 'y' } } },
    ]);
    expect(r.ok).toBe(false);
    expect(t.doc).toBe(before);
    expect(t.editor.state.refusal?.code).toBe('step.unknown');
    t.execute([
      { id: 'process.rename', params: { name: 'x' } },
      { id: 'step.update', params: { id: 'a', changes: { name: 'y' } } },
    ]);
    expect(t.editor.state.undoStack).toHaveLength(1);
    t.undo();
    expect(t.doc).toEqual(before);
  });

  it('selection and viewport changes are not undoable and keep the redo stack', () => {
    const t = createTestEditor(gallery.sequence3);
    t.execute({ id: 'process.rename', params: { name: 'x' } });
    t.undo();
    t.editor.select({ steps: ['a'], flows: [] });
    t.editor.setViewport({ x: 10, y: 20, zoom: 2 });
    expect(t.editor.state.undoStack).toHaveLength(0);
    expect(t.editor.canRedo()).toBe(true);
    t.redo();
    expect(t.doc.name).toBe('x');
    expect(t.editor.state.selection.steps).toEqual(['a']);
  });

  it('a new edit clears the redo stack; loading a document clears the history', () => {
    const t = createTestEditor(gallery.sequence3);
    t.execute({ id: 'process.rename', params: { name: 'x' } });
    t.undo();
    t.execute({ id: 'process.rename', params: { name: 'y' } });
    expect(t.editor.canRedo()).toBe(false);
    t.editor.load(gallery.mm1);
    expect(t.editor.canUndo()).toBe(false);
    expect(t.doc).toBe(gallery.mm1);
  });

  it('undoing every step of a random edit sequence returns to the start', () => {
    const names = fc.stringMatching(/^[a-z一-龥]{1,6}$/);
    const call = fc.oneof(
      names.map((name): CommandCall => ({ id: 'process.rename', params: { name } })),
      fc
        .record({ id: fc.constantFrom('a', 'b', 'c'), name: names })
        .map(({ id, name }): CommandCall => ({
          id: 'step.update',
          params: { id, changes: { name } },
        })),
      fc
        .record({ x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) })
        .map((position): CommandCall => ({
          id: 'steps.move',
          params: { moves: [{ id: 'b', position }] },
        })),
    );
    fc.assert(
      fc.property(fc.array(call, { maxLength: 20 }), (calls) => {
        const t = createTestEditor(gallery.sequence3);
        for (const c of calls) t.execute(c);
        const end = t.doc;
        while (t.editor.canUndo()) t.undo();
        expect(t.doc).toEqual(gallery.sequence3);
        while (t.editor.canRedo()) t.redo();
        expect(t.doc).toEqual(end);
      }),
      { numRuns: 60 },
    );
  });
});

describe('drag gestures', () => {
  it('a drag of many moves is one undo step', () => {
    const t = createTestEditor(placed());
    t.pointer.down('a');
    for (let i = 1; i <= 10; i++) t.pointer.move(i * 3, 0);
    t.pointer.up();
    expect(t.doc.steps.find((s) => s.id === 'a')?.position).toEqual({ x: 230, y: 80 });
    expect(t.editor.state.undoStack).toHaveLength(1);
    t.undo();
    expect(t.doc).toEqual(placed());
  });

  it('Escape during a drag rolls back and leaves no history', () => {
    const t = createTestEditor(placed());
    t.execute({ id: 'process.rename', params: { name: 'x' } });
    t.undo();
    t.pointer.down('a', 'b');
    t.pointer.move(40, 40);
    t.key('Escape');
    t.pointer.up();
    expect(t.doc).toEqual(placed());
    expect(t.editor.state.undoStack).toHaveLength(0);
    expect(t.editor.canRedo()).toBe(true);
  });

  it('dropping a task into another lane gives it that role, in the same undo step', () => {
    const t = createTestEditor(placed());
    t.pointer.down('b');
    t.pointer.move(0, 220);
    t.pointer.up();
    const b = t.doc.steps.find((s) => s.id === 'b');
    expect(b).toMatchObject({ role: 'manager', position: { x: 350, y: 300 } });
    expect(t.editor.state.undoStack).toHaveLength(1);
    t.undo();
    expect(t.doc.steps.find((s) => s.id === 'b')).toMatchObject({ role: 'clerk' });
  });

  it('snaps centres to the grid while dragging', () => {
    const t = createTestEditor(placed(), { grid: 20 });
    t.pointer.down('a');
    t.pointer.move(13, 7);
    t.pointer.up();
    expect(t.doc.steps.find((s) => s.id === 'a')?.position).toEqual({ x: 220, y: 80 });
  });

  it('a press without a move leaves no history entry', () => {
    const t = createTestEditor(placed());
    t.pointer.down('a');
    t.pointer.up();
    expect(t.editor.state.undoStack).toHaveLength(0);
  });

  it('an edit during a gesture commits the gesture first', () => {
    const t = createTestEditor(placed());
    t.pointer.down('a');
    t.pointer.move(10, 0);
    t.execute({ id: 'process.rename', params: { name: 'x' } });
    expect(t.editor.state.undoStack).toHaveLength(2);
  });
});

describe('selection', () => {
  it('drops ids that an undo removed', () => {
    const t = createTestEditor(placed());
    t.execute({ id: 'step.add', params: { step: { id: 'n', type: 'task', name: 'n' } } });
    t.editor.select({ steps: ['n', 'a'], flows: [] });
    t.undo();
    expect(t.editor.state.selection.steps).toEqual(['a']);
  });
});
