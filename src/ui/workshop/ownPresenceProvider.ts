import { HocuspocusProvider } from '@hocuspocus/provider';

/** The clients whose presence changed, as y-protocols' awareness reports them. */
export interface PresenceChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * The part of a presence change this page should send to the room: its own client only. The
 * other participants' states arrived from the room; sending them back would echo every cursor
 * move to the server once per participant (N − 1 extra messages per move in a room of N). Pure.
 */
export function ownPresenceChanges(changes: PresenceChanges, localClient: number): PresenceChanges {
  const own = (ids: readonly number[]) => ids.filter((id) => id === localClient);
  return {
    added: own(changes.added),
    updated: own(changes.updated),
    removed: own(changes.removed),
  };
}

/**
 * A Hocuspocus provider that sends only this page's own presence. HocuspocusProvider 3.4 sends
 * every awareness change it sees, including the ones it has just received from the room; the
 * workshop server counts such echoes against a larger budget, but a page need not send them.
 */
export class OwnPresenceProvider extends HocuspocusProvider {
  override awarenessUpdateHandler(changes: PresenceChanges, origin: unknown): void {
    if (!this.awareness) return;
    const own = ownPresenceChanges(changes, this.awareness.clientID);
    if (own.added.length + own.updated.length + own.removed.length === 0) return;
    super.awarenessUpdateHandler(own, origin);
  }
}
