import { readCollection, readProcessFromYDoc, writeProcessToYDoc } from '@flowsmith/collab';
import { gallery } from '@flowsmith/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChildServer, type ChildServer } from './testing/childServer';
import { startRedis, type TestRedis } from './testing/redisServer';
import {
  openClient,
  startTestServer,
  waitFor,
  type TestClient,
  type TestServer,
} from './testing/workshopTestKit';

const room = {
  id: 'shared',
  facilitatorToken: 'facilitator-token-0123456789',
  participantToken: 'participant-token-0123456789',
};
let redis: TestRedis;
let a: TestServer;
let b: ChildServer;
const clients: TestClient[] = [];

beforeAll(async () => {
  redis = await startRedis();
  // server A in this process, server B in a child process: separate stores, one Redis
  const options = { redis: { host: redis.host, port: redis.port }, rooms: [room] };
  [a, b] = await Promise.all([startTestServer(options), startChildServer(options)]);
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await Promise.all([a?.server.close(), b?.stop()]);
  await redis?.stop();
});

describe('two server processes behind Redis', () => {
  it('serve one room: an edit on a client of server A arrives at a client of server B, and back', async () => {
    expect(b.process.pid).not.toBe(process.pid);
    const onA = openClient(a.server.url, room.id, room.facilitatorToken);
    const onB = openClient(b.url, room.id, room.participantToken);
    clients.push(onA, onB);
    await Promise.all([onA.synced, onB.synced]);
    writeProcessToYDoc(onA.doc, gallery.sequence3);
    await waitFor(() => readCollection(onB.doc, 'steps').length === 5, 'the process on B');
    onB.doc.getMap('header').set('name', 'edited through B');
    await waitFor(() => readProcessFromYDoc(onA.doc).name === 'edited through B', 'the edit on A');
    expect(a.logs.concat(b.logs).filter((l) => l.event === 'update.refused')).toEqual([]);
  });
});
