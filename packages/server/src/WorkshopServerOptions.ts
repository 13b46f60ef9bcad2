import type { ProcessDocument } from '@flowsmith/model';
import type { RoomRequest } from './rooms/RoomRegistry';
import type { WorkshopStore } from './store/WorkshopStore';
import type { WorkshopLog } from './WorkshopLog';

/** How to start a workshop server; every field is optional. */
export interface WorkshopServerOptions {
  /** The address to listen on; default `127.0.0.1` (only this machine). */
  host?: string;
  /** The port; default `0`, any free port (read it from the result). */
  port?: number;
  /** The SQLite file rooms and documents are kept in; default in memory (lost on exit). */
  databasePath?: string;
  /** Keep rooms and documents in PostgreSQL instead of SQLite (for several server processes). */
  postgres?: { connectionString: string };
  /** Share rooms with other server processes through Redis (behind one load balancer). */
  redis?: { host: string; port: number; prefix?: string };
  /** A store of one's own; wins over `databasePath` and `postgres`. */
  store?: WorkshopStore;
  /** Rooms to create (or re-create with the given tokens) at start, each with a process if given. */
  rooms?: Array<RoomRequest & { process?: ProcessDocument }>;
  /** The largest WebSocket message accepted, in bytes; default 2 MiB. A bigger one closes the connection. */
  maxMessageBytes?: number;
  /** Messages a connection may send per second on average; default 100. */
  messagesPerSecond?: number;
  /** Messages a connection may send in one burst; default 300. */
  messageBurst?: number;
  /** How long a new connection has to join a room (its token accepted); default 10 s. */
  joinWithinMs?: number;
  /** How long a room waits after a change before storing it, in ms; default 300 (at most 2 s). */
  storeDelayMs?: number;
  /** The app's address the room links point at; default `http://127.0.0.1:5173/`. */
  appUrl?: string;
  /** Where log entries go; default one JSON line each on standard error. */
  log?: WorkshopLog;
}
