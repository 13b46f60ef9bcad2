import { readCollection } from '@flowsmith/collab';
import { gallery } from '@flowsmith/model';
import { afterEach, describe, expect, it } from 'vitest';
import { openClient, startTestServer, type TestServer } from '../testing/workshopTestKit';
import { roomStateOf } from './roomProcess';

let running: TestServer | undefined;
afterEach(async () => {
  await running?.server.close();
  running = undefined;
});

describe('a room created with a process', () => {
  it('gives it to the first participant and keeps it in the store', async () => {
    running = await startTestServer({ rooms: [{ id: 'seeded', process: gallery.xorSplitJoin }] });
    const participant = openClient(running.server.url, 'seeded', running.room.participantToken);
    await participant.synced;
    expect(readCollection(participant.doc, 'steps')).toHaveLength(
      gallery.xorSplitJoin.steps.length,
    );
    participant.destroy();
    expect((await running.server.storedProcess('seeded'))?.id).toBe(gallery.xorSplitJoin.id);
    expect(await running.server.storedProcess('nowhere')).toBeNull();
  });

  it('refuses an invalid process, and a process for a room someone is in', async () => {
    expect(() => roomStateOf({ ...gallery.sequence3, steps: [{ id: 'x' }] } as never)).toThrow(
      /not valid: steps\[0\]/,
    );
    running = await startTestServer({ rooms: [{ id: 'busy' }] });
    const member = openClient(running.server.url, 'busy', running.room.facilitatorToken);
    await member.synced;
    await expect(
      running.server.createRoom({ id: 'busy', process: gallery.sequence3 }),
    ).rejects.toThrow(/is open/);
    member.destroy();
  });
});
