import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import type { WorkshopLog } from '../WorkshopLog';
import { MessageScreen, type ScreenLimits } from './MessageScreen';
import { closeCodeOf, type Refusal } from './Refusal';

/**
 * Watches one client socket before Hocuspocus is given it: logs a message over the size limit
 * (`ws` closes the socket with 1009 itself) and closes the socket, with the refusal's close code,
 * on the first message {@link MessageScreen} refuses, and when it has joined no room (its token
 * accepted) within `joinWithinMs`. Registered before Hocuspocus's listener,
 * so nothing the client sends after that message reaches a room (Hocuspocus may still see that
 * one message; an update in it is judged by the room's guard like any other).
 */
export function screenSocket(
  socket: WebSocket,
  request: IncomingMessage,
  limits: ScreenLimits & { joinWithinMs: number; joinedAny: () => boolean },
  log: WorkshopLog,
): void {
  const who = `${request.socket.remoteAddress ?? '?'}:${request.socket.remotePort ?? '?'}`;
  socket.on('error', (error) => {
    const tooLarge = /max payload/i.test(error.message);
    log({
      level: 'warn',
      event: tooLarge ? 'message.refused' : 'socket.error',
      connection: who,
      code: tooLarge ? 'message.tooLarge' : undefined,
      detail: error.message,
    });
  });
  const screen = new MessageScreen(limits);
  const refuse = (refusal: Refusal) => {
    log({
      level: 'warn',
      event: 'message.refused',
      connection: who,
      code: refusal.code,
      detail: refusal.detail,
    });
    socket.close(closeCodeOf(refusal), refusal.code);
  };
  // A connection that joins no room in time is closed: nothing it sends would reach a room.
  const joinTimer = setTimeout(() => {
    if (socket.readyState === socket.OPEN && !limits.joinedAny()) {
      refuse({ code: 'room.notJoined', detail: `no room joined within ${limits.joinWithinMs} ms` });
    }
  }, limits.joinWithinMs);
  socket.once('close', () => clearTimeout(joinTimer));
  socket.on('message', (data: Buffer) => {
    if (socket.readyState !== socket.OPEN) return;
    const refusal = screen.check(data);
    if (refusal) refuse(refusal);
  });
}
