/**
 * Binds one editor-like replica of a process to a Y.Doc: the seam between the model's patches
 * and Yjs. Local changes (commands, undo, redo) are written into the Y.Doc with the replica's own
 * origin; changes from any other origin arrive at the replica as patches through `applyRemote`,
 * which never touches its undo history. A patch that does not fit (the replica moved on, a
 * conflict) is answered by re-syncing the whole document from the Y.Doc. After every remote
 * change, references a merge left dangling are repaired in the Y.Doc (`repairReferences`), and a
 * record this replica added that lost its id to someone else's at the same moment is added back
 * under an id of its own (`sameIdRepair`).
 */
import {
  isEmptyPatch,
  PatchConflictError,
  type CollectionName,
  type Patch,
  type ProcessDocument,
} from '@flowsmith/model';
import type * as Y from 'yjs';
import { sameIdRepair, type OwnRecord } from './sameIdRepair';
import { collectionMap } from './yDocShape';
import { applyPatchToYDoc } from './applyPatchToYDoc';
import { observeProcess } from './observeProcess';
import { repairReferences } from './repairReferences';

/** What `bindProcess` needs of an editor. */
export interface CoEditable {
  /** The document the replica shows (a gesture in progress may have moved it on). */
  readonly doc: ProcessDocument;
  /** Applies a change made elsewhere; throws `PatchConflictError` when it does not fit. */
  applyRemote(patch: Patch): void;
  /** Replaces the whole document with `doc` (a re-sync), keeping nothing stale. */
  resync(doc: ProcessDocument): void;
  /** Calls `listener` with each change made here that others should get. */
  onLocalChange(listener: (patch: Patch) => void): () => void;
}

/** A running binding. */
export interface ProcessBinding {
  /** The origin this replica's transactions carry. */
  readonly origin: object;
  /** The document the Y.Doc holds. */
  readonly doc: ProcessDocument;
  destroy(): void;
}

/** The origin of repairs: not the replica's own, so they reach it as remote changes. */
export const REPAIR_ORIGIN = Object.freeze({ name: 'flowsmith.repair' });

/** How many of its own added records a replica watches for a lost id (the most recent ones). */
const WATCHED = 500;

/** Binds `replica` to `ydoc`; the Y.Doc must already hold the process (see the module comment). */
export function bindProcess(ydoc: Y.Doc, replica: CoEditable): ProcessBinding {
  const origin = { name: 'flowsmith.local' };
  /** Records this replica added, with the Y.Map it wrote, to notice one replaced by another's. */
  const own = new Map<string, OwnRecord & { fields: unknown }>();
  const suffix = ydoc.clientID.toString(36);
  /** The records of ours someone else's same-id record replaced in this change, if any. */
  const lostRecords = (): { lost: OwnRecord[]; survivors: OwnRecord[] } => {
    const lost: OwnRecord[] = [];
    const survivors: OwnRecord[] = [];
    for (const [key, r] of own) {
      const now = collectionMap(ydoc, r.collection).get(r.id);
      if (now === r.fields) survivors.push(r);
      else {
        own.delete(key);
        if (now !== undefined) lost.push(r);
      }
    }
    return { lost, survivors };
  };
  const observer = observeProcess(
    ydoc,
    (o) => o === origin,
    (change) => {
      if (change.local) return;
      if (change.reset) replica.resync(change.doc);
      else {
        try {
          replica.applyRemote(change.patch);
        } catch (error) {
          if (!(error instanceof PatchConflictError)) throw error;
          replica.resync(change.doc);
        }
      }
      if (own.size > 0 && !change.reset) {
        const { lost, survivors } = lostRecords();
        if (lost.length > 0) {
          const { patch } = sameIdRepair(change.before, change.doc, lost, survivors, suffix);
          if (!isEmptyPatch(patch)) applyPatchToYDoc(ydoc, patch, REPAIR_ORIGIN);
        }
      }
      const repair = repairReferences(observer.doc);
      if (!isEmptyPatch(repair)) applyPatchToYDoc(ydoc, repair, REPAIR_ORIGIN);
    },
  );
  const stop = replica.onLocalChange((patch) => {
    applyPatchToYDoc(ydoc, patch, origin);
    for (const e of patch.added) {
      if (e.collection === 'header') continue;
      const collection: CollectionName = e.collection;
      const key = `${collection}#${e.record.id}`;
      own.delete(key);
      own.set(key, {
        collection,
        id: e.record.id,
        fields: collectionMap(ydoc, collection).get(e.record.id),
      });
      if (own.size > WATCHED) own.delete(own.keys().next().value!);
    }
  });
  return {
    origin,
    get doc() {
      return observer.doc;
    },
    destroy() {
      stop();
      observer.destroy();
    },
  };
}
