/** A room as the server keeps it: its id, its tokens' SHA-256 hashes and what participants may do. */
export interface RoomRecord {
  id: string;
  /** Shown to people (the workshop's title); not secret. */
  title: string;
  facilitatorTokenHash: string;
  participantTokenHash: string;
  permissions: RoomPermissions;
  /** ISO time the room was created. */
  createdAt: string;
}

/** What a participant (not the facilitator) may do in a room; both default to `false`. */
export interface RoomPermissions {
  /** May remove every step of the process (empty it). */
  participantsMayDeleteProcess: boolean;
  /** May add, change or remove roles (the swimlanes). */
  participantsMayChangeRoles: boolean;
}

/**
 * Where the server keeps rooms and their documents (the Y.Doc state as one Yjs update). Every
 * implementation stores only what the server has validated; it never interprets the bytes.
 */
export interface WorkshopStore {
  /** The stored Y.Doc state of a room, or `null` when the room has none yet. */
  loadDocument(roomId: string): Promise<Uint8Array | null>;
  /** Replaces the stored Y.Doc state of a room. */
  storeDocument(roomId: string, state: Uint8Array): Promise<void>;
  /** A room by id, or `null`. */
  loadRoom(roomId: string): Promise<RoomRecord | null>;
  /** Adds a room, or replaces the one with the same id. */
  saveRoom(room: RoomRecord): Promise<void>;
  /** Every room, oldest first. */
  listRooms(): Promise<RoomRecord[]>;
  /** Releases the connection or file; the store is unusable afterwards. */
  close(): Promise<void>;
}

/** The room as the stores write it in their `rooms` table (permissions as JSON text). */
export function roomFromRow(row: {
  id: string;
  title: string;
  facilitator_token_hash: string;
  participant_token_hash: string;
  permissions: string;
  created_at: string;
}): RoomRecord {
  const p = JSON.parse(row.permissions) as Partial<RoomPermissions>;
  return {
    id: row.id,
    title: row.title,
    facilitatorTokenHash: row.facilitator_token_hash,
    participantTokenHash: row.participant_token_hash,
    permissions: {
      participantsMayDeleteProcess: p.participantsMayDeleteProcess === true,
      participantsMayChangeRoles: p.participantsMayChangeRoles === true,
    },
    createdAt: row.created_at,
  };
}
