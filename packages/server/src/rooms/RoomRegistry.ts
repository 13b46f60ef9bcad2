import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { RoomPermissions, RoomRecord, WorkshopStore } from '../store/WorkshopStore';

/** Who a token makes you in a room. */
export type RoomRole = 'facilitator' | 'participant';

/** What {@link RoomRegistry.createRoom} takes; every field is optional. */
export interface RoomRequest {
  /** The room id (letters, digits, `-`, `_`; at most 64); a random one when absent. */
  id?: string;
  title?: string;
  /** Tokens to use instead of fresh random ones (at least 16 characters each). */
  facilitatorToken?: string;
  participantToken?: string;
  permissions?: Partial<RoomPermissions>;
}

/** A room just created, with its tokens in clear: they are shown once and stored only hashed. */
export interface CreatedRoom {
  id: string;
  title: string;
  facilitatorToken: string;
  participantToken: string;
  permissions: RoomPermissions;
}

const ROOM_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MIN_TOKEN_LENGTH = 16;

/** SHA-256 of a token, hex. Pure. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The rooms of one server: creates them (with a facilitator and a participant token, stored as
 * SHA-256 hashes in the store) and tells which role a token gives in a room. A room id is the
 * Hocuspocus document name.
 */
export class RoomRegistry {
  constructor(private readonly store: WorkshopStore) {}

  /** Creates (or, with a known id, replaces) a room. Throws on a malformed id or short token. */
  async createRoom(request: RoomRequest = {}): Promise<CreatedRoom> {
    const id = request.id ?? randomBytes(9).toString('base64url');
    if (!ROOM_ID.test(id)) {
      throw new Error(`room id "${id}" must be 1–64 letters, digits, "-" or "_"`);
    }
    const facilitatorToken = request.facilitatorToken ?? randomBytes(24).toString('base64url');
    const participantToken = request.participantToken ?? randomBytes(24).toString('base64url');
    for (const token of [facilitatorToken, participantToken]) {
      if (token.length < MIN_TOKEN_LENGTH) {
        throw new Error(`a room token needs at least ${MIN_TOKEN_LENGTH} characters`);
      }
    }
    if (facilitatorToken === participantToken) {
      throw new Error('the facilitator and participant tokens must differ');
    }
    const permissions: RoomPermissions = {
      participantsMayDeleteProcess: request.permissions?.participantsMayDeleteProcess === true,
      participantsMayChangeRoles: request.permissions?.participantsMayChangeRoles === true,
    };
    const title = request.title ?? id;
    const record: RoomRecord = {
      id,
      title,
      facilitatorTokenHash: hashToken(facilitatorToken),
      participantTokenHash: hashToken(participantToken),
      permissions,
      createdAt: new Date().toISOString(),
    };
    await this.store.saveRoom(record);
    return { id, title, facilitatorToken, participantToken, permissions };
  }

  /** The room and the role `token` gives in it, or `null` when the room or token is unknown. */
  async authenticate(
    roomId: string,
    token: string,
  ): Promise<{ room: RoomRecord; role: RoomRole } | null> {
    if (!ROOM_ID.test(roomId)) return null;
    const room = await this.store.loadRoom(roomId);
    if (!room) return null;
    const hash = hashToken(token);
    if (sameHash(hash, room.facilitatorTokenHash)) return { room, role: 'facilitator' };
    if (sameHash(hash, room.participantTokenHash)) return { room, role: 'participant' };
    return null;
  }

  /** Every room (without tokens). */
  listRooms(): Promise<RoomRecord[]> {
    return this.store.listRooms();
  }
}
