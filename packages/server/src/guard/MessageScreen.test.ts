import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { MessageScreen } from './MessageScreen';
import { RateLimiter } from './RateLimiter';
import { readDocumentUpdate } from './readDocumentUpdate';

function message(room: string, type: number, ...rest: Array<number | Uint8Array>): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, room);
  encoding.writeVarUint(e, type);
  for (const part of rest) {
    if (typeof part === 'number') encoding.writeVarUint(e, part);
    else encoding.writeVarUint8Array(e, part);
  }
  return encoding.toUint8Array(e);
}

/** An awareness message about `[client, clock]` pairs (y-protocols' encoding). */
function awareness(room: string, ...entries: Array<[number, number]>): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const [client, clock] of entries) {
    encoding.writeVarUint(inner, client);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, JSON.stringify({ user: { name: 'x' } }));
  }
  return message(room, 1, encoding.toUint8Array(inner));
}

describe('RateLimiter', () => {
  it('allows a burst, then the average rate', () => {
    let now = 0;
    const limiter = new RateLimiter(10, 3, () => now);
    expect([limiter.take(), limiter.take(), limiter.take(), limiter.take()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    now = 100; // one token back after 1/10 s
    expect([limiter.take(), limiter.take()]).toEqual([true, false]);
  });
});

describe('readDocumentUpdate', () => {
  it('finds the update in a sync step 2 and an update, nothing in a step 1 or awareness', () => {
    const u = new Uint8Array([7, 8]);
    expect(readDocumentUpdate(message('r', 0, 1, u))).toEqual({
      kind: 'update',
      documentName: 'r',
      update: u,
    });
    expect(readDocumentUpdate(message('r', 4, 2, u))).toEqual({
      kind: 'update',
      documentName: 'r',
      update: u,
    });
    expect(readDocumentUpdate(message('r', 0, 0, u))).toEqual({
      kind: 'other',
      documentName: 'r',
      type: 0,
    });
    expect(readDocumentUpdate(message('r', 3))).toEqual({
      kind: 'other',
      documentName: 'r',
      type: 3,
    });
    expect(readDocumentUpdate(awareness('r', [5, 2], [9, 1]))).toEqual({
      kind: 'awareness',
      documentName: 'r',
      entries: [
        { client: 5, clock: 2 },
        { client: 9, clock: 1 },
      ],
    });
  });

  it('calls truncated bytes and unknown types malformed, never throwing', () => {
    expect(readDocumentUpdate(new Uint8Array([0xff, 0xff])).kind).toBe('malformed');
    expect(readDocumentUpdate(message('r', 0, 1)).kind).toBe('malformed');
    expect(readDocumentUpdate(message('r', 99)).kind).toBe('malformed');
    expect(readDocumentUpdate(message('r', 1, new Uint8Array([7, 8]))).kind).toBe('malformed');
  });
});

describe('MessageScreen', () => {
  it('refuses a message over the rate, one naming no possible room, and a fifth room', () => {
    const now = 0;
    const screen = new MessageScreen({
      perSecond: 100,
      burst: 2,
      isJoined: () => true,
      now: () => now,
    });
    expect(screen.check(message('a', 3))).toBeNull();
    expect(screen.check(message('a', 3))).toBeNull();
    expect(screen.check(message('a', 3))?.code).toBe('rate.exceeded');

    const rooms = new MessageScreen({ perSecond: 1000, burst: 1000, isJoined: () => true });
    expect(rooms.check(message('../etc', 3))?.code).toBe('message.malformed');
    for (const r of ['a', 'b', 'c', 'd']) expect(rooms.check(message(r, 3))).toBeNull();
    expect(rooms.check(message('e', 3))?.detail).toMatch(/more than 4 rooms/);
  });

  it('allows 32 messages or 256 KiB for a room before the connection has joined it', () => {
    let joined = false;
    const screen = new MessageScreen({ perSecond: 1000, burst: 1000, isJoined: () => joined });
    for (let i = 0; i < 32; i++) expect(screen.check(message('a', 3))).toBeNull();
    expect(screen.check(message('a', 3))?.code).toBe('room.notJoined');
    joined = true;
    expect(screen.check(message('a', 3))).toBeNull();
    const big = new MessageScreen({ perSecond: 1000, burst: 1000 });
    expect(big.check(message('b', 0, 1, new Uint8Array(200 * 1024)))).toBeNull();
    expect(big.check(message('b', 0, 1, new Uint8Array(100 * 1024)))?.code).toBe('room.notJoined');
  });

  it('counts presence echoes (clocks the room already knows) against a budget 20 times larger', () => {
    const known = new Map([[7, 3]]);
    const screen = new MessageScreen({
      perSecond: 1,
      burst: 2,
      awarenessClock: (_room, client) => known.get(client),
      isJoined: () => true,
      now: () => 0,
    });
    for (let i = 0; i < 40; i++) expect(screen.check(awareness('a', [7, 3]))).toBeNull();
    expect(screen.check(awareness('a', [7, 3]))?.detail).toMatch(/repeated presence/);
    // news (a newer clock, or a client the room does not know) uses the ordinary budget
    expect(screen.check(awareness('a', [7, 4]))).toBeNull();
    expect(screen.check(awareness('a', [8, 0]))).toBeNull();
    expect(screen.check(awareness('a', [7, 5]))?.code).toBe('rate.exceeded');
  });
});
