import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openClient } from './workshopTestKit';

let held: Server | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await new Promise<void>((resolve) => (held ? held.close(() => resolve()) : resolve()));
  held = undefined;
});

describe('the workshop test kit', () => {
  it('destroys a client whose socket is still connecting without an uncaught error', async () => {
    // A server that accepts the connection and never answers the WebSocket handshake.
    held = createServer((s) => sockets.push(s));
    await new Promise<void>((resolve) => held!.listen(0, '127.0.0.1', resolve));
    const address = held.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    const client = openClient(`ws://127.0.0.1:${address.port}`, 'room', 'token');
    await expect.poll(() => sockets.length).toBeGreaterThan(0);
    client.destroy();
    // `ws` reports the aborted handshake on a later tick: an unheard 'error' fails the run.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(client.refused).toBe(false);
  });
});
