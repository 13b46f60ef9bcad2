import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import { WebSocketServer, type WebSocket } from 'ws';
import { screenSocket } from './guard/screenSocket';
import { RoomRegistry, type CreatedRoom, type RoomRequest } from './rooms/RoomRegistry';
import { roomLinks } from './rooms/roomLinks';
import { readStoredProcess, roomStateOf } from './rooms/roomProcess';
import type { ProcessDocument } from '@flowsmith/model';
import { PostgresStore } from './store/PostgresStore';
import { SqliteStore } from './store/SqliteStore';
import type { RoomRecord, WorkshopStore } from './store/WorkshopStore';
import { workshopExtension } from './workshopExtension';
import { jsonLinesLog } from './WorkshopLog';
import type { WorkshopServerOptions } from './WorkshopServerOptions';

/** A room just created, with its tokens and the links to hand to the facilitator and participants. */
export interface WorkshopRoom extends CreatedRoom {
  links: { facilitator: string; participant: string };
}

/** A running workshop server. */
export interface WorkshopServer {
  /** The WebSocket address clients connect to (`ws://host:port`). */
  url: string;
  port: number;
  /** The rooms created at start from `options.rooms`, with tokens and links. */
  rooms: WorkshopRoom[];
  /**
   * Creates a room (random id and tokens unless given), holding `process` when given (validated
   * first; refused for a room that is open right now).
   */
  createRoom(request?: RoomRequest & { process?: ProcessDocument }): Promise<WorkshopRoom>;
  /** The process a room holds as last stored, or `null`. */
  storedProcess(roomId: string): Promise<ProcessDocument | null>;
  /** Every room the store knows (no tokens: they are kept hashed). */
  listRooms(): Promise<RoomRecord[]>;
  /** Stores every room, closes every connection and the store; resolves when all is released. */
  close(): Promise<void>;
}

function storeOf(options: WorkshopServerOptions): WorkshopStore {
  if (options.store) return options.store;
  if (options.postgres) return new PostgresStore(options.postgres.connectionString);
  return new SqliteStore(options.databasePath ?? ':memory:');
}

/**
 * Starts a workshop server: Hocuspocus behind a WebSocket server of its own that limits message
 * size and rate per connection, with rooms joined by token, every update validated before it is
 * applied or stored, and SQLite (default), PostgreSQL or a given store for rooms and documents;
 * optionally Redis so several processes serve the same rooms. Listens on 127.0.0.1 unless told
 * otherwise.
 */
export async function startWorkshopServer(
  options: WorkshopServerOptions = {},
): Promise<WorkshopServer> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? jsonLinesLog;
  const store = storeOf(options);
  const registry = new RoomRegistry(store);
  const joined = new WeakMap<object, Set<string>>();
  const extensions: Extension[] = [workshopExtension(registry, store, log, joined)];
  const redis = options.redis
    ? new Redis({
        host: options.redis.host,
        port: options.redis.port,
        prefix: options.redis.prefix ?? 'flowsmith',
        // ioredis 5.8 sends CLIENT SETINFO during the handshake, which can land after SUBSCRIBE
        // and fail in subscriber mode (redis/ioredis#2037)
        options: { disableClientInfo: true },
      })
    : undefined;
  if (redis) extensions.push(redis);
  const storeDelay = options.storeDelayMs ?? 300;
  const hocuspocus = new Hocuspocus({
    name: 'flowsmith-workshop',
    quiet: true,
    debounce: storeDelay,
    maxDebounce: Math.max(storeDelay, 2000),
    extensions,
  });

  const perSecond = options.messagesPerSecond ?? 100;
  const burst = options.messageBurst ?? 300;
  const http = createServer((request, response) => {
    const ok = request.url === '/health';
    response.writeHead(ok ? 200 : 404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(ok ? 'ok\n' : 'Flowsmith workshop server: connect with a WebSocket client\n');
  });
  const wss = new WebSocketServer({
    server: http,
    maxPayload: options.maxMessageBytes ?? 2 * 2 ** 20,
  });
  const sockets = new Set<WebSocket>();
  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    screenSocket(
      socket,
      request,
      {
        perSecond,
        burst,
        awarenessClock: (room, client) =>
          hocuspocus.documents.get(room)?.awareness.meta.get(client)?.clock,
        isJoined: (room) => joined.get(socket)?.has(room) ?? false,
        joinedAny: () => (joined.get(socket)?.size ?? 0) > 0,
        joinWithinMs: options.joinWithinMs ?? 10_000,
      },
      log,
    );
    hocuspocus.handleConnection(socket, request);
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  const url = `ws://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const appUrl = options.appUrl ?? 'http://127.0.0.1:5173/';
  const createRoom = async (
    request: RoomRequest & { process?: ProcessDocument } = {},
  ): Promise<CreatedRoom> => {
    const { process: doc, ...room } = request;
    if (!doc) return registry.createRoom(room);
    if (room.id && hocuspocus.documents.has(room.id)) {
      throw new Error(
        `room ${room.id} is open: a process can only be put into a room nobody is in`,
      );
    }
    const state = roomStateOf(doc);
    const created = await registry.createRoom(room);
    await store.storeDocument(created.id, state);
    return created;
  };
  const withLinks = (room: CreatedRoom): WorkshopRoom => ({
    ...room,
    links: roomLinks(appUrl, url, room),
  });
  const rooms: WorkshopRoom[] = [];
  for (const request of options.rooms ?? []) rooms.push(withLinks(await createRoom(request)));
  log({ level: 'info', event: 'server.listening', detail: url });

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    rooms,
    createRoom: async (request) => withLinks(await createRoom(request)),
    storedProcess: (roomId) => readStoredProcess(store, roomId),
    listRooms: () => registry.listRooms(),
    close() {
      closing ??= (async () => {
        wss.close();
        await Promise.all(
          [...hocuspocus.documents.keys()].map((name) =>
            hocuspocus.debouncer.executeNow(`onStoreDocument-${name}`),
          ),
        );
        hocuspocus.closeConnections();
        for (const socket of sockets) socket.terminate();
        await new Promise<void>((resolve) => http.close(() => resolve()));
        await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
        await store.close();
        log({ level: 'info', event: 'server.closed', detail: url });
      })();
      return closing;
    },
  };
}
