import Database from 'better-sqlite3';
import { roomFromRow, type RoomRecord, type WorkshopStore } from './WorkshopStore';

type RoomRow = Parameters<typeof roomFromRow>[0];

/**
 * The embedded default store: one SQLite file (or `:memory:`), no set-up. Writes are synchronous
 * and in WAL mode, so a state is on disk when `storeDocument` resolves and a killed server loses
 * nothing it had stored.
 */
export class SqliteStore implements WorkshopStore {
  private readonly db: Database.Database;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS documents (
        room_id TEXT PRIMARY KEY, state BLOB NOT NULL, updated_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS rooms (
        id TEXT PRIMARY KEY, title TEXT NOT NULL, facilitator_token_hash TEXT NOT NULL,
        participant_token_hash TEXT NOT NULL, permissions TEXT NOT NULL, created_at TEXT NOT NULL);
    `);
  }

  async loadDocument(roomId: string): Promise<Uint8Array | null> {
    const row = this.db.prepare('SELECT state FROM documents WHERE room_id = ?').get(roomId) as
      { state: Buffer } | undefined;
    return row ? new Uint8Array(row.state) : null;
  }

  async storeDocument(roomId: string, state: Uint8Array): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO documents (room_id, state, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(room_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
      )
      .run(roomId, Buffer.from(state), new Date().toISOString());
  }

  async loadRoom(roomId: string): Promise<RoomRecord | null> {
    const row = this.db.prepare('SELECT * FROM rooms WHERE id = ?').get(roomId) as
      RoomRow | undefined;
    return row ? roomFromRow(row) : null;
  }

  async saveRoom(room: RoomRecord): Promise<void> {
    this.db
      .prepare(
        `INSERT OR REPLACE INTO rooms
         (id, title, facilitator_token_hash, participant_token_hash, permissions, created_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(
        room.id,
        room.title,
        room.facilitatorTokenHash,
        room.participantTokenHash,
        JSON.stringify(room.permissions),
        room.createdAt,
      );
  }

  async listRooms(): Promise<RoomRecord[]> {
    const rows = this.db.prepare('SELECT * FROM rooms ORDER BY created_at, id').all() as RoomRow[];
    return rows.map(roomFromRow);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
