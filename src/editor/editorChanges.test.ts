import {
  applyPatch,
  build,
  gallery,
  PatchConflictError,
  type ProcessDocument,
} from '@flowsmith/model';
import { describe, expect, it } from 'vitest';
import { createEditor } from './createEditor';
import { createTestEditor, placedChain } from './createTestEditor';
import type { EditorChange } from './editorState';

const placed = placedChain;

function recording(doc: ProcessDocument) {
  const t = createTestEditor(doc);
  const changes: EditorChange[] = [];
  t.editor.onChange((c) => changes.push(c));
  return { t, changes, sources: () => changes.map((c) => c.source) };
}

describe('editor change events (the seam)', () => {
  it('announces each committed change once, with a patch that turns the old document into the new', () => {
    const { t, changes, sources } = recording(gallery.sequence3);
    let before = t.doc;
    t.execute({ id: 'process.rename', params: { name: 'x' } });
    t.undo();
    t.redo();
    expect(sources()).toEqual(['user', 'undo', 'redo']);
    for (const c of changes) {
      expect(applyPatch(before, c.patch)).toEqual(c.doc);
      before = c.doc;
    }
    expect(changes[2]!.doc).toBe(t.doc);
  });

  it('announces a drag once, on release, not per frame; a cancelled drag not at all', () => {
    const { t, changes, sources } = recording(placed());
    t.pointer.down('a');
    t.pointer.move(10, 0);
    t.pointer.move(40, 0);
    expect(changes).toEqual([]);
    t.pointer.up();
    expect(sources()).toEqual(['user']);
    t.pointer.down('b');
    t.pointer.move(10, 0);
    t.key('Escape');
    expect(sources()).toEqual(['user']);
  });

  it('announces a load as one load change, and a refused command not at all', () => {
    const { t, sources } = recording(gallery.sequence3);
    expect(() => t.execute({ id: 'step.update', params: { id: 'nope', changes: {} } })).toThrow();
    t.editor.load(gallery.mm1);
    expect(sources()).toEqual(['load']);
  });
});

describe('applyRemote', () => {
  const rename = (doc: ProcessDocument, id: string, name: string) => {
    const e = createEditor(doc);
    const r = e.execute({ id: 'step.update', params: { id, changes: { name } } });
    if (!r.ok) throw new Error('refused');
    return r.patch;
  };

  it('applies a remote change without touching the undo and redo stacks', () => {
    const { t, sources } = recording(gallery.sequence3);
    t.execute({ id: 'process.rename', params: { name: 'mine' } });
    const undoStack = t.editor.state.undoStack;
    t.editor.applyRemote(rename(t.doc, 'a', 'theirs'));
    expect(t.editor.state.undoStack).toBe(undoStack);
    expect(t.doc.steps.find((s) => s.id === 'a')!.name).toBe('theirs');
    expect(sources()).toEqual(['user', 'remote']);
  });

  it('undo undoes only my change when someone else changed the same record since', () => {
    const t = createTestEditor(placed());
    t.execute({ id: 'step.update', params: { id: 'a', changes: { name: 'mine' } } });
    const moved = createEditor(t.doc).execute({
      id: 'steps.move',
      params: { moves: [{ id: 'a', position: { x: 900, y: 80 } }] },
    });
    if (!moved.ok) throw new Error('refused');
    t.editor.applyRemote(moved.patch);
    t.undo();
    const a = t.doc.steps.find((s) => s.id === 'a')!;
    expect(a.name).toBe('a');
    expect(a.position).toEqual({ x: 900, y: 80 });
    t.redo();
    expect(t.doc.steps.find((s) => s.id === 'a')!.name).toBe('mine');
  });

  it('undo leaves a field alone that someone else changed after me (theirs wins)', () => {
    const t = createTestEditor(placed());
    t.execute({ id: 'step.update', params: { id: 'a', changes: { name: 'mine' } } });
    t.editor.applyRemote(rename(t.doc, 'a', 'theirs'));
    t.undo();
    expect(t.doc.steps.find((s) => s.id === 'a')!.name).toBe('theirs');
  });

  it('undo of an added step removes it wherever it now is', () => {
    const t = createTestEditor(placed());
    t.execute({ id: 'step.add', params: { step: build.task('mine', 'clerk', 1) } });
    const other = createEditor(t.doc).execute({
      id: 'step.add',
      params: { step: build.task('theirs', 'clerk', 1), index: 0 },
    });
    if (!other.ok) throw new Error('refused');
    t.editor.applyRemote(other.patch);
    t.undo();
    expect(t.doc.steps.map((s) => s.id)).toEqual(['theirs', 's', 'a', 'b', 'e']);
  });

  it('undo of an added step keeps it when someone changed it since (it is theirs too)', () => {
    const t = createTestEditor(placed());
    t.execute({ id: 'step.add', params: { step: build.task('mine', 'clerk', 1) } });
    t.editor.applyRemote(rename(t.doc, 'mine', 'renamed by them'));
    t.undo();
    expect(t.doc.steps.find((s) => s.id === 'mine')?.name).toBe('renamed by them');
  });

  it('keeps a drag going over a remote change to another step, and refuses a stale one outside a drag', () => {
    const t = createTestEditor(placed());
    t.pointer.down('a');
    t.pointer.move(40, 0);
    const base = t.editor.state.gesture!.before;
    t.editor.applyRemote(rename(base, 'b', 'theirs'));
    t.pointer.up();
    expect(t.doc.steps.find((s) => s.id === 'b')!.name).toBe('theirs');
    expect(t.doc.steps.find((s) => s.id === 'a')!.position).toEqual({ x: 240, y: 80 });
    t.undo();
    expect(t.doc.steps.find((s) => s.id === 'a')!.position).toEqual({ x: 200, y: 80 });
    expect(t.doc.steps.find((s) => s.id === 'b')!.name).toBe('theirs');

    const stale = rename(placed(), 'b', 'stale');
    const doc = t.doc;
    expect(() => t.editor.applyRemote(stale)).toThrow(PatchConflictError);
    expect(t.doc).toBe(doc);
  });

  it('takes a rename of the step being dragged without dropping the drag; Escape keeps the rename', () => {
    const t = createTestEditor(placed());
    t.pointer.down('a');
    t.pointer.move(40, 0);
    t.editor.applyRemote(rename(t.editor.state.gesture!.before, 'a', 'theirs'));
    expect(t.editor.state.gesture).not.toBeNull();
    t.pointer.move(80, 0);
    t.key('Escape');
    const a = t.doc.steps.find((s) => s.id === 'a')!;
    expect(a.name).toBe('theirs');
    expect(a.position).toEqual({ x: 200, y: 80 });

    t.pointer.down('a');
    t.pointer.move(40, 0);
    t.editor.applyRemote(rename(t.editor.state.gesture!.before, 'a', 'again'));
    t.pointer.up();
    expect(t.doc.steps.find((s) => s.id === 'a')).toMatchObject({
      name: 'again',
      position: { x: 240, y: 80 },
    });
    t.undo();
    expect(t.doc.steps.find((s) => s.id === 'a')).toMatchObject({
      name: 'again',
      position: { x: 200, y: 80 },
    });
  });

  it('resync replaces the document, drops a running drag and keeps the history', () => {
    const t = createTestEditor(placed());
    t.execute({ id: 'process.rename', params: { name: 'mine' } });
    t.pointer.down('a');
    t.pointer.move(40, 0);
    const shared = rename(placed(), 'b', 'theirs');
    const next = applyPatch({ ...placed(), name: 'mine' }, shared);
    t.editor.resync(next);
    expect(t.editor.state.gesture).toBeNull();
    expect(t.doc).toBe(next);
    expect(t.editor.canUndo()).toBe(true);
    t.undo();
    expect(t.doc.name).toBe('p');
  });
});
