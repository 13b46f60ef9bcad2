import { readCollection, writeProcessToYDoc } from '@flowsmith/collab';
import { gallery } from '@flowsmith/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../testing/postgresServer';
import { openClient, startTestServer, waitFor } from '../testing/workshopTestKit';
import { PostgresStore } from './PostgresStore';

// A real PostgreSQL (Debian's, started in a temporary folder on a free port of 127.0.0.1).
let pg: TestPostgres;
beforeAll(async () => {
  pg = await startPostgres();
});
afterAll(() => pg?.stop());

describe('PostgresStore', () => {
  it('keeps rooms and documents', async () => {
    const store = new PostgresStore(pg.connectionString);
    expect(await store.loadDocument('nowhere')).toBeNull();
    await store.storeDocument('r1', new Uint8Array([1, 2, 3]));
    await store.storeDocument('r1', new Uint8Array([4, 5]));
    expect([...(await store.loadDocument('r1'))!]).toEqual([4, 5]);
    const room = {
      id: 'r1',
      title: '采购审批 workshop',
      facilitatorTokenHash: 'aa',
      participantTokenHash: 'bb',
      permissions: { participantsMayDeleteProcess: false, participantsMayChangeRoles: true },
      createdAt: '2026-12-06T00:00:00.000Z',
    };
    await store.saveRoom(room);
    expect(await store.loadRoom('r1')).toEqual(room);
    expect(await store.listRooms()).toEqual([room]);
    await store.close();
  });

  it('serves a room to a server started later on the same database', async () => {
    const first = await startTestServer({
      postgres: { connectionString: pg.connectionString },
      rooms: [{ id: 'pg-room' }],
    });
    const { facilitatorToken, participantToken } = first.room;
    const alice = openClient(first.server.url, 'pg-room', facilitatorToken);
    await alice.synced;
    writeProcessToYDoc(alice.doc, gallery.sequence3);
    await waitFor(() => first.logs.some((l) => l.event === 'room.stored'), 'a store');
    alice.destroy();
    await first.server.close();

    const second = await startTestServer({
      postgres: { connectionString: pg.connectionString },
      rooms: [],
    });
    const bob = openClient(second.server.url, 'pg-room', participantToken);
    await bob.synced;
    expect(readCollection(bob.doc, 'steps')).toHaveLength(5);
    bob.destroy();
    await second.server.close();
  });
});
