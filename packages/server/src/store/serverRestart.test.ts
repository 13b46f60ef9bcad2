import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCollection, readProcessFromYDoc, writeProcessToYDoc } from '@flowsmith/collab';
import { gallery, parseProcess } from '@flowsmith/model';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startChildServer, type ChildServer } from '../testing/childServer';
import { openClient, waitFor, type TestClient } from '../testing/workshopTestKit';
import { SqliteStore } from './SqliteStore';

const dir = mkdtempSync(join(tmpdir(), 'flowsmith-restart-'));
const children: ChildServer[] = [];
const clients: TestClient[] = [];
afterAll(async () => {
  for (const c of clients) c.destroy();
  await Promise.all(children.map((c) => c.kill()));
  rmSync(dir, { recursive: true, force: true });
});

const room = {
  id: 'restart',
  facilitatorToken: 'facilitator-token-0123456789',
  participantToken: 'participant-token-0123456789',
};

async function serve(port: number): Promise<ChildServer> {
  const child = await startChildServer({
    databasePath: join(dir, 'workshop.sqlite'),
    port,
    rooms: [room],
    storeDelayMs: 50,
  });
  children.push(child);
  return child;
}

function join_(url: string): TestClient {
  const c = openClient(url, room.id, room.participantToken);
  clients.push(c);
  return c;
}

/** The name step `id` has in the room's state as stored in the SQLite file now. */
async function storedName(id: string): Promise<string | undefined> {
  const store = new SqliteStore(join(dir, 'workshop.sqlite'));
  try {
    const state = await store.loadDocument(room.id);
    if (!state) return undefined;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    return (readCollection(doc, 'steps') as Array<{ id: string; name: string }>).find(
      (s) => s.id === id,
    )?.name;
  } finally {
    await store.close();
  }
}

const stepName = (c: TestClient, id: string) =>
  (readCollection(c.doc, 'steps') as Array<{ id: string; name: string }>).find((s) => s.id === id)
    ?.name;

describe('a server killed mid-session and started again on the same SQLite file', () => {
  it('loses nothing: stored edits come back from the file, unstored ones from the clients', async () => {
    const first = await serve(0);
    const alice = openClient(first.url, room.id, room.facilitatorToken);
    clients.push(alice);
    await alice.synced;
    writeProcessToYDoc(alice.doc, gallery.sequence3);
    alice.doc.getMap<Y.Map<unknown>>('records:steps').get('a')!.set('name', 'stored');
    // the server has stored the edit: the file says so
    for (let i = 0; (await storedName('a')) !== 'stored'; i++) {
      if (i > 500) throw new Error('the edit never reached the file');
      await new Promise((r) => setTimeout(r, 20));
    }
    // an edit the server has not stored yet, then a crash; Alice's replica keeps her edits
    alice.doc.getMap<Y.Map<unknown>>('records:steps').get('b')!.set('name', 'in flight');
    await first.kill();
    alice.destroy();

    const second = await serve(first.port);
    const bob = join_(second.url);
    await bob.synced;
    await waitFor(() => stepName(bob, 'a') === 'stored', 'the stored edit, from the file');
    // Alice comes back with the replica she kept: her unstored edit reaches the room
    const aliceAgain = openClient(second.url, room.id, room.facilitatorToken, { doc: alice.doc });
    clients.push(aliceAgain);
    await waitFor(
      () => stepName(bob, 'b') === 'in flight',
      'the unstored edit, from the reconnected client',
    );
    expect(parseProcess(readProcessFromYDoc(bob.doc)).ok).toBe(true);

    // a clean stop stores the room; a third start serves it to a newcomer with nobody else there
    aliceAgain.destroy();
    bob.destroy();
    await second.stop();
    const third = await serve(first.port);
    const carol = join_(third.url);
    await waitFor(() => stepName(carol, 'b') === 'in flight', 'both edits from the file');
    expect(stepName(carol, 'a')).toBe('stored');
    expect(readCollection(carol.doc, 'steps')).toHaveLength(5);
  });
});
