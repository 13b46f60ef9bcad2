import * as Y from 'yjs';
import type { RoomRole } from '../rooms/RoomRegistry';
import type { RoomPermissions } from '../store/WorkshopStore';
import { judgeRoomDocument, snapshotOf, type RoomSnapshot } from './judgeRoomDocument';
import type { Refusal } from './Refusal';

const CHECKED = Symbol('flowsmith.server.checked');

/**
 * Judges the updates sent to one room before the room applies them. It keeps a shadow copy of
 * the room's Y.Doc (fed with every change the room makes, whatever its source: a client, Redis,
 * the store), applies the incoming update to the shadow, and reads and validates the result with
 * {@link judgeRoomDocument}. A refused update leaves the room untouched; the shadow, which took
 * it, is rebuilt from the room.
 */
export class RoomGuard {
  private shadow: Y.Doc;
  private snapshot: RoomSnapshot | undefined;
  private readonly follow = (update: Uint8Array, origin: unknown) => {
    if (origin !== CHECKED) Y.applyUpdate(this.shadow, update, origin);
  };

  constructor(private readonly room: Y.Doc) {
    this.shadow = this.copyOfRoom();
    room.on('update', this.follow);
  }

  /** The snapshot of the room as it stands (recomputed after changes not judged here). */
  current(): RoomSnapshot {
    this.snapshot ??= snapshotOf(this.shadow);
    return this.snapshot;
  }

  /** `null` when `update` may be applied to the room by a client with `role`; else why not. */
  check(update: Uint8Array, role: RoomRole, permissions: RoomPermissions): Refusal | null {
    const before = this.current();
    const hadPending = this.shadow.store.pendingStructs !== null;
    let changed = false;
    const mark = () => (changed = true);
    this.shadow.on('update', mark);
    try {
      Y.applyUpdate(this.shadow, update, CHECKED);
    } catch (error) {
      this.rebuild();
      return {
        code: 'update.malformed',
        detail: error instanceof Error ? error.message : String(error),
      };
    } finally {
      this.shadow.off('update', mark);
    }
    if (!hadPending && this.shadow.store.pendingStructs !== null) {
      this.rebuild();
      return {
        code: 'update.incomplete',
        detail: 'the update depends on changes the room never had',
      };
    }
    if (!changed) return null;
    const verdict = judgeRoomDocument(this.shadow, before, role, permissions);
    if (!verdict.ok) {
      this.rebuild();
      return verdict.refusal;
    }
    this.snapshot = verdict.snapshot;
    return null;
  }

  /** Stops following the room. */
  destroy(): void {
    this.room.off('update', this.follow);
    this.shadow.destroy();
  }

  private copyOfRoom(): Y.Doc {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(this.room));
    // Changes made to the shadow by anyone but `check` make the remembered snapshot stale.
    copy.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== CHECKED) this.snapshot = undefined;
    });
    return copy;
  }

  private rebuild(): void {
    this.shadow.destroy();
    this.shadow = this.copyOfRoom();
    this.snapshot = undefined;
  }
}
