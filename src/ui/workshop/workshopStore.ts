/**
 * The workshop session's state for the chrome (never saved, never undoable): the room joined,
 * the connection, our role in the room, and who else is here.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Peer, PresenceUser } from './presence';
import type { RoomRoleInfo } from './roomRole';
import type { WorkshopLink } from './workshopLink';

/** Where the connection to the room is. */
export type WorkshopStatus = 'idle' | 'connecting' | 'connected' | 'offline' | 'refused';

/** See the module comment. */
export interface WorkshopState {
  link: WorkshopLink | null;
  status: WorkshopStatus;
  /** The room's process is in the editor (the first sync is done). */
  synced: boolean;
  me: PresenceUser | null;
  /** Our role in the room as the server said it; `null` outside a room or until it is said. */
  role: RoomRoleInfo | null;
  peers: Peer[];
  /** The join dialog is open. */
  dialog: boolean;
}

/** A workshop store. */
export type WorkshopStore = StoreApi<WorkshopState>;

/** The state outside any room. */
export const IDLE_WORKSHOP: WorkshopState = Object.freeze({
  link: null,
  status: 'idle',
  synced: false,
  me: null,
  role: null,
  peers: [],
  dialog: false,
}) as WorkshopState;

/** A fresh store, outside any room. */
export const createWorkshopStore = (): WorkshopStore =>
  createStore<WorkshopState>()(() => ({ ...IDLE_WORKSHOP }));
