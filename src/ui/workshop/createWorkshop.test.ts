import { readProcessFromYDoc } from '@flowsmith/collab';
import { build, type ProcessDocument } from '@flowsmith/model';
import { describe, expect, it } from 'vitest';
import { applyAwarenessUpdate, encodeAwarenessUpdate, type Awareness } from 'y-protocols/awareness';
import { Awareness as YAwareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { createEditor, type Editor } from '../../editor/createEditor';
import { createWorkshop, type Workshop } from './createWorkshop';
import type { RoomConnection } from './roomConnection';
import { mayRunRoom, type RoomRoleInfo } from './roomRole';

const { processOf, start, end, task, chain, role } = build;
const link = { server: 'ws://127.0.0.1:1', room: 'r', token: 't' };

function placed(name: string): ProcessDocument {
  return processOf(name, {
    roles: [role('clerk')],
    steps: [
      { ...start('s'), position: { x: 0, y: 0 } },
      { ...task('a', 'clerk'), position: { x: 200, y: 0 } },
      { ...end('e'), position: { x: 400, y: 0 } },
    ],
    flows: chain('s', 'a', 'e'),
  });
}

interface Member {
  ydoc: Y.Doc;
  awareness: Awareness;
  online: boolean;
  /** The room refuses this member's update (as the server closes with 4422). */
  reject?: (code: number) => void;
  /** The room tells this member its role (as the server's stateless role message). */
  tellRole?: (role: RoomRoleInfo) => void;
}

/** An in-memory room: every joined Y.Doc and awareness exchange updates at once (or not, offline). */
function memoryRoom() {
  const server = new Y.Doc();
  const members: Member[] = [];
  server.on('update', (u: Uint8Array, origin: unknown) => {
    for (const m of members) if (m.online && origin !== m) Y.applyUpdate(m.ydoc, u, 'room');
  });
  const connect = (_l: typeof link, ydoc: Y.Doc): RoomConnection => {
    const awareness = new YAwareness(ydoc);
    const member: Member = { ydoc, awareness, online: true };
    members.push(member);
    ydoc.on('update', (u: Uint8Array, origin: unknown) => {
      if (origin !== 'room' && member.online) Y.applyUpdate(server, u, member);
    });
    awareness.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
      const update = encodeAwarenessUpdate(awareness, [...added!, ...updated!, ...removed!]);
      for (const m of members) if (m !== member) applyAwarenessUpdate(m.awareness, update, 'room');
    });
    let synced: (() => void) | null = null;
    return {
      awareness,
      onStatus: () => undefined,
      onSynced: (l) => (synced = l),
      onRefused: () => undefined,
      onRejected: (l) => (member.reject = l),
      onRole: (l) => (member.tellRole = l),
      destroy: () => void members.splice(members.indexOf(member), 1),
      // The first exchange happens once listeners are in place.
      ...(queueMicrotask(() => {
        Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(server), 'room');
        for (const m of members)
          if (m !== member)
            applyAwarenessUpdate(
              awareness,
              encodeAwarenessUpdate(m.awareness, [m.awareness.clientID]),
              'room',
            );
        synced?.();
      }),
      {}),
    };
  };
  return { server, connect, members };
}

function participant(room: ReturnType<typeof memoryRoom>, doc: ProcessDocument) {
  const editor = createEditor(doc);
  const workshop = createWorkshop({
    editor,
    connect: room.connect,
    openDocument: async (d) => editor.load(d),
  });
  return { editor, workshop };
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const name = (e: Editor, id: string) => e.state.doc.steps.find((s) => s.id === id)?.name;

describe('createWorkshop', () => {
  it('the first to join brings the process; the next one gets it and both co-edit', async () => {
    const room = memoryRoom();
    const a = participant(room, placed('ours'));
    a.workshop.join(link, 'Ann');
    await settle();
    expect(readProcessFromYDoc(room.server).name).toBe('ours');
    const b = participant(room, placed('theirs'));
    b.workshop.join(link, 'Bo');
    await settle();
    expect(b.editor.state.doc.name).toBe('ours');
    expect(b.workshop.store.getState().synced).toBe(true);
    b.editor.execute({ id: 'step.update', params: { id: 'a', changes: { name: 'Check' } } });
    expect(name(a.editor, 'a')).toBe('Check');
    expect(a.editor.canUndo()).toBe(false);
    a.editor.execute({ id: 'process.rename', params: { name: 'renamed' } });
    expect(b.editor.state.doc.name).toBe('renamed');
  });

  it('shows who is here with their selection, and forgets a participant who leaves', async () => {
    const room = memoryRoom();
    const a = participant(room, placed('p'));
    const b = participant(room, placed('p'));
    a.workshop.join(link, 'Ann');
    await settle();
    b.workshop.join(link, 'Bo');
    await settle();
    b.editor.select({ steps: ['a'], flows: [] });
    const peers = a.workshop.store.getState().peers;
    expect(peers.map((p) => p.user.name)).toEqual(['Bo']);
    expect(peers[0]!.selection.steps).toEqual(['a']);
    b.workshop.setCursor({ x: 5, y: 6 });
    expect(a.workshop.store.getState().peers[0]!.cursor).toEqual({ x: 5, y: 6 });
    b.workshop.setName('Bob');
    expect(a.workshop.store.getState().peers.map((p) => p.user.name)).toEqual(['Bob']);
    b.workshop.leave();
    expect(b.workshop.store.getState().status).toBe('idle');
  });

  it('opening another process leaves the room', async () => {
    const room = memoryRoom();
    const a: { editor: Editor; workshop: Workshop } = participant(room, placed('p'));
    a.workshop.join(link, 'Ann');
    await settle();
    a.editor.load(placed('other'));
    expect(a.workshop.store.getState().status).toBe('idle');
    expect(readProcessFromYDoc(room.server).name).toBe('p');
  });

  it("when the room refuses a change of ours, drops our copy and takes the room's again", async () => {
    const room = memoryRoom();
    const a = participant(room, placed('p'));
    const rejected: number[] = [];
    const workshop = createWorkshop({
      editor: a.editor,
      connect: room.connect,
      openDocument: async (d) => a.editor.load(d),
      onRejected: (code) => rejected.push(code),
    });
    workshop.join(link, 'Ann');
    await settle();
    // Ann's change reaches only her own copy (the room drops it) and the room refuses it.
    room.members[0]!.online = false;
    a.editor.execute({ id: 'process.rename', params: { name: 'refused' } });
    room.members[0]!.reject!(4403);
    await settle();
    await settle();
    expect(rejected).toEqual([4403]);
    expect(a.editor.state.doc.name).toBe('p');
    expect(workshop.store.getState().synced).toBe(true);
    a.editor.execute({ id: 'process.rename', params: { name: 'allowed' } });
    expect(readProcessFromYDoc(room.server).name).toBe('allowed');
  });

  it('keeps the role the room tells us, until we leave', async () => {
    const room = memoryRoom();
    const a = participant(room, placed('p'));
    expect(mayRunRoom(a.workshop.store.getState())).toBe(true);
    a.workshop.join(link, 'Ann');
    await settle();
    const permissions = { participantsMayDeleteProcess: false, participantsMayChangeRoles: false };
    room.members[0]!.tellRole!({ role: 'participant', permissions });
    expect(a.workshop.store.getState().role).toEqual({ role: 'participant', permissions });
    expect(mayRunRoom(a.workshop.store.getState())).toBe(false);
    a.workshop.leave();
    expect(a.workshop.store.getState().role).toBeNull();
    expect(mayRunRoom(a.workshop.store.getState())).toBe(true);
  });
});
