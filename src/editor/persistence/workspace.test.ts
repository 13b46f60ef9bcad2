import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { build, gallery } from '@flowsmith/model';
import { createEditor } from '../createEditor';
import { createWorkspace, type WorkspaceEnv } from './workspace';

const blank = () => build.processOf('blank', { steps: [], flows: [] });

function tab(factory: IDBFactory, channelName: string, store: Map<string, string>) {
  const editor = createEditor(blank());
  let n = 0;
  const env: WorkspaceEnv = {
    indexedDB: factory,
    channel: new BroadcastChannel(channelName),
    lastKey: { get: () => store.get('last') ?? null, set: (k) => void store.set('last', k) },
    newKey: () => `key-${store.size}-${++n}-${Math.random().toString(36).slice(2, 6)}`,
    blankDocument: blank,
    autosaveDelayMs: 5,
  };
  return { editor, workspace: createWorkspace(editor, env) };
}

const until = async (check: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('workspace', () => {
  it('starts with a blank process, saves edits and reopens the last process', async () => {
    const factory = new IDBFactory();
    const local = new Map<string, string>();
    const a = tab(factory, 'ws-1', local);
    await a.workspace.init();
    expect(a.workspace.store.getState().documents).toHaveLength(1);
    a.editor.execute({ id: 'process.rename', params: { name: '采购' } });
    await a.workspace.flush();
    a.workspace.dispose();

    const b = tab(factory, 'ws-1', local);
    await b.workspace.init();
    expect(b.editor.state.doc.name).toBe('采购');
    expect(b.editor.canUndo()).toBe(false);
    b.workspace.dispose();
  });

  it('saves a change a workshop peer made (a remote change), not only own edits', async () => {
    const factory = new IDBFactory();
    const local = new Map<string, string>();
    const a = tab(factory, 'ws-remote', local);
    await a.workspace.init();
    const peer = createEditor(a.editor.state.doc);
    const r = peer.execute({ id: 'process.rename', params: { name: '远程' } });
    if (!r.ok) throw new Error('refused');
    a.editor.applyRemote(r.patch);
    await until(() => a.workspace.store.getState().status.state === 'saved');
    await a.workspace.flush();
    a.workspace.dispose();
    const b = tab(factory, 'ws-remote', local);
    await b.workspace.init();
    expect(b.editor.state.doc.name).toBe('远程');
    b.workspace.dispose();
  });

  it('an opened file replaces an untouched blank process instead of piling up', async () => {
    const a = tab(new IDBFactory(), 'ws-2', new Map());
    await a.workspace.init();
    await a.workspace.openAsNew(gallery.mm1);
    expect(a.workspace.store.getState().documents.map((d) => d.name)).toEqual(['mm1']);
    await a.workspace.openAsNew(gallery.sequence3);
    expect(a.workspace.store.getState().documents).toHaveLength(2);
    a.workspace.dispose();
  });

  it('places steps without positions as part of loading, with nothing to undo', async () => {
    const editor = createEditor(blank());
    const workspace = createWorkspace(editor, {
      blankDocument: blank,
      placeSteps: async (doc) => ({
        ...doc,
        steps: doc.steps.map((s, i) => ({ ...s, position: { x: 100 * i, y: 80 } })),
      }),
    });
    await workspace.openAsNew(gallery.sequence3);
    expect(editor.state.doc.steps.every((s) => s.position)).toBe(true);
    expect(editor.canUndo()).toBe(false);
    workspace.dispose();
  });

  it('a second tab saving the same process reloads a tab with nothing pending, and flags a conflict otherwise', async () => {
    const factory = new IDBFactory();
    const local = new Map<string, string>();
    const a = tab(factory, 'ws-3', local);
    await a.workspace.init();
    await a.workspace.openAsNew(gallery.sequence3);
    const b = tab(factory, 'ws-3', local);
    await b.workspace.init();
    expect(b.workspace.store.getState().key).toBe(a.workspace.store.getState().key);

    // B edits and saves; A has nothing pending, so it follows.
    b.editor.execute({ id: 'process.rename', params: { name: 'from B' } });
    await b.workspace.flush();
    await until(() => a.editor.state.doc.name === 'from B');

    // Both edit; B saves first; A must not overwrite B silently.
    a.editor.execute({ id: 'process.rename', params: { name: 'from A' } });
    b.editor.execute({ id: 'process.rename', params: { name: 'from B again' } });
    await b.workspace.flush();
    await until(() => a.workspace.store.getState().conflict);
    await a.workspace.flush();
    expect(a.workspace.store.getState().status).toMatchObject({
      state: 'error',
      problem: { kind: 'conflict' },
    });

    // A keeps its version as a copy; B's stays where it was.
    await a.workspace.keepMineAsCopy();
    expect(a.editor.state.doc.name).toBe('from A');
    expect(a.workspace.store.getState().key).not.toBe(b.workspace.store.getState().key);
    expect(
      a.workspace.store
        .getState()
        .documents.map((d) => d.name)
        .sort(),
    ).toEqual(['from A', 'from B again']);
    a.workspace.dispose();
    b.workspace.dispose();
  });
});
