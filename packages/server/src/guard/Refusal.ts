/** Why the server refused a message or update; `code` is stable, `detail` is for the log. */
export interface Refusal {
  code:
    | 'message.malformed'
    | 'message.tooLarge'
    | 'rate.exceeded'
    | 'room.notJoined'
    | 'update.malformed'
    | 'update.incomplete'
    | 'update.unknownRoot'
    | 'update.hostileKey'
    | 'document.invalid'
    | 'permission.deleteProcess'
    | 'permission.changeRoles'
    | 'permission.facilitatorOnly';
  detail: string;
}

/**
 * The WebSocket close code sent with each refusal (4000–4999 are the application's): 4413 too
 * large, 4429 too many messages, 4401 too much before joining a room (or never joining one), 4403
 * not allowed by the room, 4422 any other refused content.
 * A client closed with 4422 or 4403 should drop its local copy and sync again from the server.
 */
export function closeCodeOf(refusal: Refusal): number {
  if (refusal.code === 'message.tooLarge') return 4413;
  if (refusal.code === 'rate.exceeded') return 4429;
  if (refusal.code === 'room.notJoined') return 4401;
  if (refusal.code.startsWith('permission.')) return 4403;
  return 4422;
}
