import { WebSocketStatus } from '@hocuspocus/provider';
import { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { OwnPresenceProvider } from './ownPresenceProvider';
import { parseRoleMessage, type RoomRoleInfo } from './roomRole';
import type { WorkshopLink } from './workshopLink';

/** A Y.Doc's connection to a workshop room: awareness, connection events, and an end. */
export interface RoomConnection {
  awareness: Awareness;
  /** Connected or not; called on every change. */
  onStatus(listener: (connected: boolean) => void): void;
  /** The first exchange with the room is done: `ydoc` holds the room's state. */
  onSynced(listener: () => void): void;
  /** The server refused the token (or the room). */
  onRefused(listener: (reason: string) => void): void;
  /**
   * The server refused an update of ours (close code 4422: invalid content, 4403: not allowed in
   * this room). The room will never take what this Y.Doc holds: drop it and sync again.
   */
  onRejected(listener: (code: number) => void): void;
  /** The server said who this page is in the room (after every accepted token, so on rejoin too). */
  onRole(listener: (role: RoomRoleInfo) => void): void;
  destroy(): void;
}

/** Connects `ydoc` to the room of `link` through Hocuspocus (reconnecting by itself). */
export function hocuspocusConnection(link: WorkshopLink, ydoc: Y.Doc): RoomConnection {
  const awareness = new Awareness(ydoc);
  const status = new Set<(connected: boolean) => void>();
  const synced = new Set<() => void>();
  const refused = new Set<(reason: string) => void>();
  const rejected = new Set<(code: number) => void>();
  const roles = new Set<(role: RoomRoleInfo) => void>();
  const provider = new OwnPresenceProvider({
    url: link.server,
    name: link.room,
    document: ydoc,
    awareness,
    token: link.token,
    onStatus: ({ status: s }) => {
      for (const l of status) l(s === WebSocketStatus.Connected);
    },
    onSynced: ({ state }) => {
      if (state) for (const l of synced) l();
    },
    onAuthenticationFailed: ({ reason }) => {
      for (const l of refused) l(reason);
    },
    onStateless: ({ payload }) => {
      const role = parseRoleMessage(payload);
      if (role) for (const l of roles) l(role);
    },
    onClose: ({ event }) => {
      if (event.code === 4422 || event.code === 4403) for (const l of rejected) l(event.code);
    },
  });
  return {
    awareness,
    onStatus: (l) => void status.add(l),
    onSynced: (l) => void synced.add(l),
    onRefused: (l) => void refused.add(l),
    onRejected: (l) => void rejected.add(l),
    onRole: (l) => void roles.add(l),
    destroy() {
      status.clear();
      synced.clear();
      refused.clear();
      rejected.clear();
      roles.clear();
      provider.destroy();
      awareness.destroy();
    },
  };
}
