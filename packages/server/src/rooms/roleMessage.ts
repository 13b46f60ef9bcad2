import type { RoomPermissions } from '../store/WorkshopStore';
import type { RoomRole } from './RoomRegistry';

/** The `type` of the stateless message that tells a client its role in the room. */
export const ROLE_MESSAGE_TYPE = 'flowsmith.role';

/** What the server tells a client once its token is accepted: its role and the room's permissions. */
export interface RoleMessage {
  type: typeof ROLE_MESSAGE_TYPE;
  role: RoomRole;
  permissions: RoomPermissions;
}

/**
 * The stateless payload (JSON text) sent to a connection once its token is accepted, so the app
 * can disable what the room would refuse (the timer and the vote budget for a participant). The
 * server still judges every update: the message is a courtesy, never a grant. Pure.
 */
export function roleMessage(role: RoomRole, permissions: RoomPermissions): string {
  const message: RoleMessage = { type: ROLE_MESSAGE_TYPE, role, permissions };
  return JSON.stringify(message);
}
