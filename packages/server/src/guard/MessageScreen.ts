import { RateLimiter } from './RateLimiter';
import { readDocumentUpdate } from './readDocumentUpdate';
import type { Refusal } from './Refusal';

const ROOM_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The clock the room knows for a Yjs client's awareness state, if it knows one. */
export type AwarenessClock = (room: string, client: number) => number | undefined;

/** How many times more echoes than own messages a connection may send (see {@link MessageScreen}). */
const ECHO_FACTOR = 20;
/** What a connection may send for a room before it has joined it (the token not yet checked). */
const BEFORE_JOIN = { messages: 32, bytes: 256 * 1024 };

/** The limits of one connection's {@link MessageScreen}. */
export interface ScreenLimits {
  perSecond: number;
  burst: number;
  /** The room's known awareness clocks (to tell presence echoes); default: none known. */
  awarenessClock?: AwarenessClock;
  /** Whether this connection has joined `room` (its token accepted); default: never. */
  isJoined?: (room: string) => boolean;
  maxRooms?: number;
  now?: () => number;
}

/**
 * The first look at every message of one WebSocket, before Hocuspocus sees it: at most
 * `perSecond` messages a second (bursts of `burst`), each a well-formed Hocuspocus message naming
 * a possible room, at most `maxRooms` (4) rooms per socket, and before the connection has joined
 * a room at most 32 messages or 256 KiB for it (Hocuspocus queues what comes before the token is
 * checked, without bound). HocuspocusProvider sends back every awareness change it receives (the
 * others' cursors), so a client's traffic grows with the room: an awareness message that tells
 * the room nothing new (every clock already known) counts against a separate budget
 * `ECHO_FACTOR` times larger, and the room ignores it anyway.
 */
export class MessageScreen {
  private readonly limiter: RateLimiter;
  private readonly echoes: RateLimiter;
  private readonly rooms = new Map<string, { messages: number; bytes: number }>();

  constructor(private readonly limits: ScreenLimits) {
    this.limiter = new RateLimiter(limits.perSecond, limits.burst, limits.now);
    this.echoes = new RateLimiter(
      limits.perSecond * ECHO_FACTOR,
      limits.burst * ECHO_FACTOR,
      limits.now,
    );
  }

  /** `null` when the message may go on to Hocuspocus; else why the socket must be closed. */
  check(message: Uint8Array): Refusal | null {
    const { perSecond, burst, awarenessClock, isJoined, maxRooms = 4 } = this.limits;
    const head = readDocumentUpdate(message);
    const echo =
      head.kind === 'awareness' &&
      head.entries.every((e) => e.clock <= (awarenessClock?.(head.documentName, e.client) ?? -1));
    if (!(echo ? this.echoes : this.limiter).take()) {
      const factor = echo ? ECHO_FACTOR : 1;
      const what = echo ? 'repeated presence messages' : 'messages';
      return {
        code: 'rate.exceeded',
        detail: `more than ${perSecond * factor} ${what} a second (burst ${burst * factor})`,
      };
    }
    if (head.kind === 'malformed') return { code: 'message.malformed', detail: head.detail };
    if (!ROOM_ID.test(head.documentName)) {
      return { code: 'message.malformed', detail: 'the message names no possible room' };
    }
    let sent = this.rooms.get(head.documentName);
    if (!sent) this.rooms.set(head.documentName, (sent = { messages: 0, bytes: 0 }));
    if (this.rooms.size > maxRooms) {
      return { code: 'message.malformed', detail: `more than ${maxRooms} rooms on one connection` };
    }
    if (!isJoined?.(head.documentName)) {
      sent.messages += 1;
      sent.bytes += message.byteLength;
      if (sent.messages > BEFORE_JOIN.messages || sent.bytes > BEFORE_JOIN.bytes) {
        return {
          code: 'room.notJoined',
          detail: `more than ${BEFORE_JOIN.messages} messages or ${BEFORE_JOIN.bytes / 1024} KiB before joining the room`,
        };
      }
    }
    return null;
  }
}
