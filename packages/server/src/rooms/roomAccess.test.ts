import { readCollection, readProcessFromYDoc, writeProcessToYDoc } from '@flowsmith/collab';
import { gallery } from '@flowsmith/model';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import {
  openClient,
  startTestServer,
  waitFor,
  type TestClient,
  type TestServer,
} from '../testing/workshopTestKit';

let running: TestServer | undefined;
const clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await running?.server.close();
  running = undefined;
});

async function roomWithProcess(
  permissions = {},
): Promise<{ t: TestServer; facilitator: TestClient }> {
  running = await startTestServer({ rooms: [{ id: 'access', permissions }] });
  const t = running;
  const facilitator = openClient(t.server.url, 'access', t.room.facilitatorToken);
  clients.push(facilitator);
  await facilitator.synced;
  writeProcessToYDoc(facilitator.doc, gallery.sequence3);
  return { t, facilitator };
}

function join(t: TestServer, token: string): TestClient {
  const c = openClient(t.server.url, 'access', token);
  clients.push(c);
  return c;
}

describe('room access', () => {
  it('refuses an unknown token and a token of another room, and logs it', async () => {
    running = await startTestServer({ rooms: [{ id: 'a' }, { id: 'b' }] });
    const [, b] = running.server.rooms;
    const wrong = openClient(running.server.url, 'a', 'not-a-token-of-this-room', {
      reconnect: false,
    });
    const other = openClient(running.server.url, 'a', b!.participantToken, { reconnect: false });
    clients.push(wrong, other);
    await waitFor(() => wrong.refused && other.refused, 'both refusals');
    expect(running.logs.filter((l) => l.event === 'room.refusedToken')).toHaveLength(2);
  });

  it('closes a connection that joins no room in time (4401), and logs it', async () => {
    running = await startTestServer({ joinWithinMs: 100 });
    const socket = new WebSocket(running.server.url);
    const code = await new Promise<number>((resolve) => socket.on('close', resolve));
    expect(code).toBe(4401);
    expect(running.logs.find((l) => l.code === 'room.notJoined')?.detail).toMatch(/no room joined/);
  });

  it('gives a participant the facilitator’s process and merges their edits', async () => {
    const { t, facilitator } = await roomWithProcess();
    const participant = join(t, t.room.participantToken);
    await waitFor(() => readCollection(participant.doc, 'steps').length === 5, 'the process');
    participant.doc.getMap('header').set('name', 'Renamed by a participant');
    await waitFor(
      () => readProcessFromYDoc(facilitator.doc).name === 'Renamed by a participant',
      'the rename at the facilitator',
    );
    expect(t.logs.filter((l) => l.event === 'update.refused')).toEqual([]);
  });

  it('refuses a participant who changes roles or deletes the process; the room goes on', async () => {
    const { t, facilitator } = await roomWithProcess();
    const roles = join(t, t.room.participantToken);
    await waitFor(() => readCollection(roles.doc, 'steps').length === 5, 'the process');
    roles.doc.getMap<import('yjs').Map<unknown>>('records:roles').get('clerk')!.set('name', 'Boss');
    await waitFor(() => t.logs.find((l) => l.code === 'permission.changeRoles'), 'the refusal');
    roles.destroy();

    const deleter = join(t, t.room.participantToken);
    await waitFor(() => readCollection(deleter.doc, 'steps').length === 5, 'the process');
    const steps = deleter.doc.getMap('records:steps');
    deleter.doc.transact(() => {
      for (const id of [...steps.keys()]) steps.delete(id);
      const flows = deleter.doc.getMap('records:flows');
      for (const id of [...flows.keys()]) flows.delete(id);
    });
    await waitFor(() => t.logs.find((l) => l.code === 'permission.deleteProcess'), 'the refusal');
    deleter.destroy();

    // the facilitator and a newcomer still see the untouched process and keep editing
    const newcomer = join(t, t.room.participantToken);
    await waitFor(() => readCollection(newcomer.doc, 'steps').length === 5, 'the process');
    expect(readCollection(newcomer.doc, 'roles')).toEqual(readCollection(facilitator.doc, 'roles'));
    expect(readProcessFromYDoc(newcomer.doc).roles[0]!.name).not.toBe('Boss');
    facilitator.doc.getMap('header').set('name', 'Still going');
    await waitFor(() => readProcessFromYDoc(newcomer.doc).name === 'Still going', 'a later edit');
  });

  it('tells each client its role; only the facilitator runs the timer and sets the vote budget', async () => {
    const { t, facilitator } = await roomWithProcess({ participantsMayChangeRoles: true });
    const participant = join(t, t.room.participantToken);
    await waitFor(() => readCollection(participant.doc, 'steps').length === 5, 'the process');
    const roleOf = (c: TestClient) =>
      c.stateless
        .map((p) => JSON.parse(p) as { type: string; role: string; permissions: object })
        .find((m) => m.type === 'flowsmith.role');
    await waitFor(() => roleOf(participant) && roleOf(facilitator), 'the role messages');
    expect(roleOf(facilitator)).toMatchObject({ role: 'facilitator' });
    expect(roleOf(participant)).toEqual({
      type: 'flowsmith.role',
      role: 'participant',
      permissions: { participantsMayDeleteProcess: false, participantsMayChangeRoles: true },
    });

    participant.doc.getMap('header').set('voteBudget', 2);
    await waitFor(() => t.logs.find((l) => l.code === 'permission.facilitatorOnly'), 'the refusal');
    await waitFor(() => participant.closeCodes.includes(4403), 'the close');
    participant.destroy();

    const timer = { duration: 600, startedAt: '2026-12-06T14:00:00Z' };
    facilitator.doc.getMap('header').set('timer', timer);
    const newcomer = join(t, t.room.participantToken);
    await waitFor(() => readProcessFromYDoc(newcomer.doc).timer, 'the facilitator’s timer');
    expect(readProcessFromYDoc(newcomer.doc)).toMatchObject({ timer });
    expect(readProcessFromYDoc(newcomer.doc).voteBudget).toBeUndefined();
  });

  it('lets the facilitator change roles, and participants too when the room allows it', async () => {
    const { t, facilitator } = await roomWithProcess({ participantsMayChangeRoles: true });
    const participant = join(t, t.room.participantToken);
    await waitFor(() => readCollection(participant.doc, 'steps').length === 5, 'the process');
    participant.doc
      .getMap<import('yjs').Map<unknown>>('records:roles')
      .get('clerk')!
      .set('name', 'Desk');
    await waitFor(
      () => readProcessFromYDoc(facilitator.doc).roles[0]!.name === 'Desk',
      'the change',
    );
    facilitator.doc
      .getMap<import('yjs').Map<unknown>>('records:roles')
      .get('clerk')!
      .set('name', 'Front desk');
    await waitFor(
      () => readProcessFromYDoc(participant.doc).roles[0]!.name === 'Front desk',
      'the change',
    );
    expect(t.logs.filter((l) => l.event === 'update.refused')).toEqual([]);
  });
});
