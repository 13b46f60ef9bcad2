/**
 * The workshop session of one editor: joins a room (a Y.Doc connected to the workshop server),
 * mirrors the editor's document into it through the seam (`bindProcess` of `@flowsmith/collab`
 * with `coEditable`), and shares presence (name, colour, pointer, selection) through awareness.
 * Life cycle:
 *
 *   join(link) ─► connect ─► first sync ─┬─ empty room: the open process is written into it
 *                                        └─ else: the room's process (validated) opens as a new
 *                                           stored process
 *              ─► bound: own commands go out, others' arrive as remote changes (no undo entry)
 *   leave() / opening another process ─► unbound, disconnected; the process stays in the browser
 *   the server refuses an update of ours (4422 / 4403) ─► this Y.Doc is dropped, the room joined
 *                                        again, the editor re-synced to the room's process
 */
import {
  bindProcess,
  diffProcess,
  DOCUMENT_MAP,
  readProcessFromYDoc,
  writeProcessToYDoc,
  type ProcessBinding,
} from '@flowsmith/collab';
import { isEmptyPatch, parseProcess, type ProcessDocument } from '@flowsmith/model';
import * as Y from 'yjs';
import { coEditable } from '../../editor/coEditable';
import type { Editor } from '../../editor/createEditor';
import { peerOf, presenceColour, type Peer } from './presence';
import type { RoomConnection } from './roomConnection';
import type { WorkshopLink } from './workshopLink';
import { createWorkshopStore, IDLE_WORKSHOP, type WorkshopStore } from './workshopStore';

/** The workshop controller of one editor; see the module comment. */
export interface Workshop {
  store: WorkshopStore;
  join(link: WorkshopLink, name: string): void;
  leave(): void;
  /** Shares the pointer position on the map (flow coordinates), or that it left the map. */
  setCursor(point: { x: number; y: number } | null): void;
  /** Changes the name the others see. */
  setName(name: string): void;
}

/** What the workshop needs from the app. */
export interface WorkshopEnv {
  editor: Editor;
  /** Opens the room's process as a new stored process (the workspace's `openAsNew`). */
  openDocument(doc: ProcessDocument): Promise<void>;
  connect(link: WorkshopLink, ydoc: Y.Doc): RoomConnection;
  /** Reports a room whose process the model refuses (it is not opened). */
  onInvalidRoom?(problems: string): void;
  /** Reports that the room refused a change of ours and the room's process replaced ours. */
  onRejected?(code: number): void;
}

/** Creates the workshop controller (outside any room until `join`). */
export function createWorkshop(env: WorkshopEnv): Workshop {
  const { editor } = env;
  const store = createWorkshopStore();
  let session: {
    ydoc: Y.Doc;
    connection: RoomConnection;
    stop: Array<() => void>;
    binding?: ProcessBinding;
  } | null = null;

  const leave = () => {
    if (!session) return;
    const s = session;
    session = null;
    for (const stop of s.stop) stop();
    s.binding?.destroy();
    s.connection.destroy();
    s.ydoc.destroy();
    store.setState({ ...IDLE_WORKSHOP });
  };

  const join = (link: WorkshopLink, name: string, rejoin = false) => {
    leave();
    const ydoc = new Y.Doc();
    const connection = env.connect(link, ydoc);
    const current: NonNullable<typeof session> = { ydoc, connection, stop: [] };
    session = current;
    const { awareness } = connection;
    const me = { name, colour: presenceColour(awareness.clientID) };
    store.setState({ ...IDLE_WORKSHOP, link, status: 'connecting', me });
    const selection = () => {
      const { steps, flows } = editor.state.selection;
      return { steps: [...steps], flows: [...flows] };
    };
    awareness.setLocalState({ user: me, cursor: null, selection: selection() });
    current.stop.push(
      editor.store.subscribe((s, prev) => {
        if (s.selection !== prev.selection) awareness.setLocalStateField('selection', selection());
      }),
    );
    const readPeers = () => {
      const peers: Peer[] = [];
      for (const [clientId, state] of awareness.getStates()) {
        if (clientId === awareness.clientID) continue;
        const peer = peerOf(clientId, state);
        if (peer) peers.push(peer);
      }
      peers.sort((a, b) => a.user.name.localeCompare(b.user.name) || a.clientId - b.clientId);
      store.setState({ peers });
    };
    awareness.on('change', readPeers);
    current.stop.push(() => awareness.off('change', readPeers));

    let joining = false;
    // Opening another process (not the room's) leaves the room.
    current.stop.push(
      editor.onChange((c) => {
        if (c.source === 'load' && !joining && session === current) leave();
      }),
    );
    connection.onStatus((connected) => {
      if (session !== current || store.getState().status === 'refused') return;
      store.setState({ status: connected ? 'connected' : 'offline' });
    });
    connection.onRole((role) => {
      if (session === current) store.setState({ role });
    });
    connection.onRefused(() => {
      if (session === current) store.setState({ status: 'refused' });
    });
    connection.onRejected((code) => {
      if (session !== current) return;
      env.onRejected?.(code);
      // Not from inside the connection's own close handler.
      setTimeout(() => {
        if (session === current) join(link, store.getState().me?.name ?? name, true);
      }, 0);
    });
    connection.onSynced(() => {
      if (session !== current || current.binding || joining) return;
      if (ydoc.getMap(DOCUMENT_MAP).size === 0) {
        writeProcessToYDoc(ydoc, editor.state.doc);
        current.binding = bindProcess(ydoc, coEditable(editor));
        store.setState({ synced: true });
        return;
      }
      const parsed = parseProcess(readProcessFromYDoc(ydoc));
      if (!parsed.ok) {
        env.onInvalidRoom?.(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
        leave();
        return;
      }
      if (rejoin) {
        editor.resync(parsed.document);
        current.binding = bindProcess(ydoc, coEditable(editor));
        store.setState({ synced: true });
        return;
      }
      joining = true;
      void env.openDocument(parsed.document).then(
        () => {
          joining = false;
          if (session !== current) return;
          current.binding = bindProcess(ydoc, coEditable(editor));
          // Changes that arrived while the process was opening: catch up in one step.
          const shared = current.binding.doc;
          if (!isEmptyPatch(diffProcess(editor.state.doc, shared))) editor.resync(shared);
          store.setState({ synced: true });
        },
        () => {
          joining = false;
          leave();
        },
      );
    });
  };

  return {
    store,
    join,
    leave,
    setCursor(point) {
      session?.connection.awareness.setLocalStateField('cursor', point);
    },
    setName(name) {
      if (!session) return;
      const me = { ...store.getState().me!, name };
      store.setState({ me });
      session.connection.awareness.setLocalStateField('user', me);
    },
  };
}
