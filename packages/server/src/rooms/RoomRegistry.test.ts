import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/SqliteStore';
import { hashToken, RoomRegistry } from './RoomRegistry';
import { roomLinks } from './roomLinks';

describe('RoomRegistry', () => {
  it('creates rooms with two distinct random tokens, stored only hashed', async () => {
    const store = new SqliteStore(':memory:');
    const registry = new RoomRegistry(store);
    const room = await registry.createRoom({ title: 'Purchase approval' });
    expect(room.facilitatorToken).not.toBe(room.participantToken);
    const record = (await store.loadRoom(room.id))!;
    expect(record.facilitatorTokenHash).toBe(hashToken(room.facilitatorToken));
    expect(JSON.stringify(record)).not.toContain(room.facilitatorToken);
    expect(await registry.authenticate(room.id, room.facilitatorToken)).toMatchObject({
      role: 'facilitator',
    });
    expect(await registry.authenticate(room.id, room.participantToken)).toMatchObject({
      role: 'participant',
    });
    expect(await registry.authenticate(room.id, 'x'.repeat(32))).toBeNull();
    expect(await registry.authenticate('other', room.participantToken)).toBeNull();
    await store.close();
  });

  it('refuses a malformed id, a short token and equal tokens', async () => {
    const registry = new RoomRegistry(new SqliteStore(':memory:'));
    await expect(registry.createRoom({ id: 'a/b' })).rejects.toThrow(/room id/);
    await expect(registry.createRoom({ participantToken: 'short' })).rejects.toThrow(
      /16 characters/,
    );
    const same = 'same-token-0123456789';
    await expect(
      registry.createRoom({ facilitatorToken: same, participantToken: same }),
    ).rejects.toThrow(/differ/);
  });
});

describe('roomLinks', () => {
  it('puts server, room and token in the fragment of the app’s address', () => {
    const links = roomLinks('http://127.0.0.1:5173/#old', 'ws://127.0.0.1:1234', {
      id: 'r1',
      facilitatorToken: 'f-token',
      participantToken: 'p-token',
    });
    expect(links.participant).toBe(
      'http://127.0.0.1:5173/#workshop=ws%3A%2F%2F127.0.0.1%3A1234&room=r1&token=p-token',
    );
    expect(new URLSearchParams(links.facilitator.split('#')[1]).get('token')).toBe('f-token');
  });
});
