/**
 * Who this page is in the workshop room, as the server says once its token is accepted (a
 * stateless `flowsmith.role` message, see @flowsmith/server `roleMessage`), and what follows for
 * the controls only the facilitator may use (the timer, the vote budget). The server judges
 * every change anyway; this only spares a participant a refused change.
 */

/** A role in a workshop room. */
export type RoomRole = 'facilitator' | 'participant';

/** What the room lets a participant do besides editing the process. */
export interface RoomPermissions {
  participantsMayDeleteProcess: boolean;
  participantsMayChangeRoles: boolean;
}

/** This page's role in the room and the room's permissions. */
export interface RoomRoleInfo {
  role: RoomRole;
  permissions: RoomPermissions;
}

/**
 * The role a stateless payload announces, or `null` when the payload is not a well-formed
 * `flowsmith.role` message (other stateless messages, bad JSON, an unknown role). Missing or
 * non-boolean permissions read as `false`. Pure.
 */
export function parseRoleMessage(payload: string): RoomRoleInfo | null {
  let message: unknown;
  try {
    message = JSON.parse(payload);
  } catch {
    return null;
  }
  if (!message || typeof message !== 'object') return null;
  const { type, role, permissions } = message as Record<string, unknown>;
  if (type !== 'flowsmith.role' || (role !== 'facilitator' && role !== 'participant')) return null;
  const p = (permissions && typeof permissions === 'object' ? permissions : {}) as Record<
    string,
    unknown
  >;
  return {
    role,
    permissions: {
      participantsMayDeleteProcess: p.participantsMayDeleteProcess === true,
      participantsMayChangeRoles: p.participantsMayChangeRoles === true,
    },
  };
}

/**
 * Whether this page may run the room: start, pause and stop the timer and set the vote budget.
 * True outside any room (one person at the keyboard), for the facilitator, and while the server
 * has not said who we are (it refuses what it must); false for a participant. Pure.
 */
export function mayRunRoom(state: { link: unknown; role: RoomRoleInfo | null }): boolean {
  return state.link === null || state.role?.role !== 'participant';
}
