/**
 * @flowsmith/server — the workshop server: Hocuspocus rooms joined by token, every update
 * validated by the model before it is applied or stored, SQLite (default) or PostgreSQL storage,
 * Redis for several processes. Node only.
 */
export { startWorkshopServer, type WorkshopServer, type WorkshopRoom } from './startWorkshopServer';
export type { WorkshopServerOptions } from './WorkshopServerOptions';
export {
  RoomRegistry,
  hashToken,
  type RoomRole,
  type RoomRequest,
  type CreatedRoom,
} from './rooms/RoomRegistry';
export { roomLinks } from './rooms/roomLinks';
export { roleMessage, ROLE_MESSAGE_TYPE, type RoleMessage } from './rooms/roleMessage';
export { readStoredProcess, roomStateOf } from './rooms/roomProcess';
export type { RoomPermissions, RoomRecord, WorkshopStore } from './store/WorkshopStore';
export { SqliteStore } from './store/SqliteStore';
export { PostgresStore } from './store/PostgresStore';
export { closeCodeOf, type Refusal } from './guard/Refusal';
export {
  judgeRoomDocument,
  FACILITATOR_FIELDS,
  type RoomSnapshot,
} from './guard/judgeRoomDocument';
export { findHostileKey } from './guard/findHostileKey';
export { RoomGuard } from './guard/RoomGuard';
export { RateLimiter } from './guard/RateLimiter';
export { jsonLinesLog, type WorkshopLog, type WorkshopLogEntry } from './WorkshopLog';
