import pg from 'pg';
import { roomFromRow, type RoomRecord, type WorkshopStore } from './WorkshopStore';

type RoomRow = Parameters<typeof roomFromRow>[0];

/**
 * The PostgreSQL store, for several server processes behind a load balancer (with Redis): every
 * process reads and writes the same tables. Creates its two tables when they are missing.
 */
export class PostgresStore implements WorkshopStore {
  private readonly pool: pg.Pool;
  private ready: Promise<void> | undefined;

  constructor(connectionString: string) {
    this.pool = new pg.Pool({ connectionString, max: 4 });
  }

  private init(): Promise<void> {
    this.ready ??= this.pool
      .query(
        `CREATE TABLE IF NOT EXISTS flowsmith_documents (
           room_id TEXT PRIMARY KEY, state BYTEA NOT NULL, updated_at TIMESTAMPTZ NOT NULL);
         CREATE TABLE IF NOT EXISTS flowsmith_rooms (
           id TEXT PRIMARY KEY, title TEXT NOT NULL, facilitator_token_hash TEXT NOT NULL,
           participant_token_hash TEXT NOT NULL, permissions TEXT NOT NULL, created_at TEXT NOT NULL)`,
      )
      .then(() => undefined);
    return this.ready;
  }

  async loadDocument(roomId: string): Promise<Uint8Array | null> {
    await this.init();
    const r = await this.pool.query<{ state: Buffer }>(
      'SELECT state FROM flowsmith_documents WHERE room_id = $1',
      [roomId],
    );
    const row = r.rows[0];
    return row ? new Uint8Array(row.state) : null;
  }

  async storeDocument(roomId: string, state: Uint8Array): Promise<void> {
    await this.init();
    await this.pool.query(
      `INSERT INTO flowsmith_documents (room_id, state, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (room_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
      [roomId, Buffer.from(state)],
    );
  }

  async loadRoom(roomId: string): Promise<RoomRecord | null> {
    await this.init();
    const r = await this.pool.query<RoomRow>('SELECT * FROM flowsmith_rooms WHERE id = $1', [
      roomId,
    ]);
    const row = r.rows[0];
    return row ? roomFromRow(row) : null;
  }

  async saveRoom(room: RoomRecord): Promise<void> {
    await this.init();
    await this.pool.query(
      `INSERT INTO flowsmith_rooms
       (id, title, facilitator_token_hash, participant_token_hash, permissions, created_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE SET title = excluded.title,
         facilitator_token_hash = excluded.facilitator_token_hash,
         participant_token_hash = excluded.participant_token_hash,
         permissions = excluded.permissions`,
      [
        room.id,
        room.title,
        room.facilitatorTokenHash,
        room.participantTokenHash,
        JSON.stringify(room.permissions),
        room.createdAt,
      ],
    );
  }

  async listRooms(): Promise<RoomRecord[]> {
    await this.init();
    const r = await this.pool.query<RoomRow>(
      'SELECT * FROM flowsmith_rooms ORDER BY created_at, id',
    );
    return r.rows.map(roomFromRow);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
