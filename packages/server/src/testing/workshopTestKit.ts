/**
 * What the server's tests share: a server on 127.0.0.1 with a captured log, clients that are
 * real HocuspocusProviders over `ws`, and waiting for a condition without fixed sleeps.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import {
  startWorkshopServer,
  type WorkshopRoom,
  type WorkshopServer,
} from '../startWorkshopServer';
import type { WorkshopServerOptions } from '../WorkshopServerOptions';
import type { WorkshopLogEntry } from '../WorkshopLog';

/** Resolves once `condition()` is truthy (checked every 10 ms); rejects after `timeoutMs`. */
export async function waitFor<T>(
  condition: () => T | undefined | null | false,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = condition();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A test server with one room and every log entry kept in `logs`. */
export interface TestServer {
  server: WorkshopServer;
  room: WorkshopRoom;
  logs: WorkshopLogEntry[];
}

/** Starts a server on 127.0.0.1 (any free port) with one room, logging into an array. */
export async function startTestServer(options: WorkshopServerOptions = {}): Promise<TestServer> {
  const logs: WorkshopLogEntry[] = [];
  const server = await startWorkshopServer({
    log: (entry) => logs.push(entry),
    storeDelayMs: 50,
    ...options,
    rooms: options.rooms ?? [{ id: 'room-1', title: 'Workshop' }],
  });
  return { server, room: server.rooms[0]!, logs };
}

/** A client of a room: its Y.Doc, its provider and whether the server closed it. */
export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Close codes the server sent this client, in order. */
  closeCodes: number[];
  /** Set when the server refused the token. */
  refused: boolean;
  /** Stateless messages the server sent this client (the role message first), in order. */
  stateless: string[];
  synced: Promise<void>;
  destroy(): void;
}

/** Connects a HocuspocusProvider (Node `ws`) to `room` with `token`. */
export function openClient(
  url: string,
  room: string,
  token: string,
  options: { doc?: Y.Doc; reconnect?: boolean } = {},
): TestClient {
  const doc = options.doc ?? new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    delay: 50,
    minDelay: 50,
    maxDelay: 200,
    maxAttempts: options.reconnect === false ? 1 : 0,
  });
  const client: TestClient = {
    doc,
    closeCodes: [],
    refused: false,
    stateless: [],
    synced: Promise.resolve(),
    provider: undefined as unknown as HocuspocusProvider,
    destroy() {
      // A refused client may be reconnecting: the provider takes its listeners off the socket,
      // then closes it, and `ws` reports closing a socket that is still connecting as an 'error'
      // event nobody hears — an uncaught exception after the test. Hear it: the test is over.
      const ws = (socket as unknown as { webSocket?: { on?: (e: 'error', f: () => void) => void } })
        .webSocket;
      ws?.on?.('error', () => {});
      client.provider.destroy();
      socket.destroy();
    },
  };
  client.synced = new Promise<void>((resolve) => {
    client.provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: room,
      document: doc,
      token,
      onSynced: () => resolve(),
      onAuthenticationFailed: () => (client.refused = true),
      onClose: ({ event }) => client.closeCodes.push(event.code),
      onStateless: ({ payload }) => client.stateless.push(payload),
    });
  });
  client.provider.attach();
  return client;
}
