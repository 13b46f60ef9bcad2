import {
  readCollection,
  readProcessFromYDoc,
  recordToYMap,
  writeProcessToYDoc,
} from '@flowsmith/collab';
import { gallery, parseProcess } from '@flowsmith/model';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { closeCodeOf, type Refusal } from './Refusal';
import {
  openClient,
  startTestServer,
  waitFor,
  type TestClient,
  type TestServer,
} from '../testing/workshopTestKit';

// One server and room for the whole file: each hostile client is closed, the room goes on, and
// the facilitator (`witness`) checks after every case that the process is still whole.
let t: TestServer;
let witness: TestClient;
const ROOM = 'hostile';

beforeAll(async () => {
  t = await startTestServer({
    rooms: [{ id: ROOM }],
    maxMessageBytes: 64 * 1024,
    messagesPerSecond: 20,
    messageBurst: 40,
  });
  witness = openClient(t.server.url, ROOM, t.room.facilitatorToken);
  await witness.synced;
  writeProcessToYDoc(witness.doc, gallery.sequence3);
});
afterAll(async () => {
  witness.destroy();
  await t.server.close();
});

/** A participant that has the process; the server may close it. */
async function participant(): Promise<TestClient> {
  const c = openClient(t.server.url, ROOM, t.room.participantToken);
  await waitFor(() => readCollection(c.doc, 'steps').length === 5, 'the process');
  return c;
}

function rawSocket(c: TestClient): { send(data: Uint8Array): void } {
  return c.provider.configuration.websocketProvider.webSocket as unknown as {
    send(data: Uint8Array): void;
  };
}

/** A Hocuspocus sync message carrying `update` for the room. */
function updateMessage(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, ROOM);
  encoding.writeVarUint(e, 0); // sync
  encoding.writeVarUint(e, 2); // update
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

/** Runs `attack` from a fresh participant; expects it refused with `code` and the room intact. */
async function expectRefused(code: string, attack: (c: TestClient) => void): Promise<void> {
  const before = t.logs.length;
  const c = await participant();
  attack(c);
  await waitFor(() => t.logs.slice(before).find((l) => l.code === code), `a ${code} refusal`);
  // only the attacker is disconnected, with the refusal's close code (`ws` itself says 1009)
  await waitFor(() => c.closeCodes.length > 0, 'the attacker closed');
  const expected =
    code === 'message.tooLarge' ? 1009 : closeCodeOf({ code, detail: '' } as Refusal);
  expect(c.closeCodes[0]).toBe(expected);
  expect(witness.closeCodes).toEqual([]);
  c.destroy();
  const name = `still here after ${code}`;
  witness.doc.getMap('header').set('name', name);
  const check = await participant();
  await waitFor(() => readProcessFromYDoc(check.doc).name === name, 'a later edit');
  expect(readCollection(check.doc, 'steps')).toHaveLength(5);
  expect(parseProcess(readProcessFromYDoc(check.doc)).ok).toBe(true);
  check.destroy();
}

describe('hostile messages and updates (each refused and logged; the room goes on)', () => {
  it('garbage bytes', async () => {
    await expectRefused('message.malformed', (c) =>
      rawSocket(c).send(
        new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]),
      ),
    );
  });

  it('a sync message whose update is garbage', async () => {
    const garbage = new Uint8Array(64).map((_, i) => (i * 37 + 11) % 256);
    await expectRefused('update.malformed', (c) => rawSocket(c).send(updateMessage(garbage)));
  });

  it('a message bigger than the limit', async () => {
    await expectRefused('message.tooLarge', (c) => {
      c.doc.getMap('header').set('description', 'x'.repeat(100 * 1024));
    });
  });

  it('more messages a second than the limit', async () => {
    await expectRefused('rate.exceeded', (c) => {
      for (let i = 0; i < 80; i++) c.provider.setAwarenessField('cursor', { x: i, y: i });
    });
  });

  it('an update that makes the document invalid', async () => {
    await expectRefused('document.invalid', (c) => {
      c.doc.getMap<Y.Map<unknown>>('records:steps').get('a')!.set('duration', 'forever');
    });
    await expectRefused('document.invalid', (c) => {
      c.doc.getMap('document').delete('format');
    });
  });

  it('a step whose id is markup is refused; a name with <script> stays inert text', async () => {
    await expectRefused('document.invalid', (c) => {
      const record = { id: '<script>alert(1)</script>', type: 'task', name: 'x', role: 'clerk' };
      c.doc.getMap('records:steps').set(record.id, recordToYMap(record, 99));
    });
    const c = await participant();
    c.doc
      .getMap<Y.Map<unknown>>('records:steps')
      .get('a')!
      .set('name', '<script>alert(1)</script>');
    await waitFor(
      () =>
        readCollection(witness.doc, 'steps').some(
          (s) => (s as { name?: string }).name === '<script>alert(1)</script>',
        ),
      'the name, as text',
    );
    c.destroy();
  });

  it('__proto__ keys, in a collection and inside a value', async () => {
    await expectRefused('update.hostileKey', (c) => {
      c.doc
        .getMap('records:steps')
        .set('__proto__', recordToYMap({ id: '__proto__', type: 'task', name: 'p' }, 50));
    });
    await expectRefused('update.hostileKey', (c) => {
      const polluted = JSON.parse('{"__proto__": {"polluted": true}, "x": 1}') as object;
      c.doc.getMap<Y.Map<unknown>>('records:steps').get('a')!.set('view', polluted);
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a top-level type the room does not know', async () => {
    await expectRefused('update.unknownRoot', (c) => {
      c.doc.getMap('evil').set('payload', 'x');
    });
  });
});
