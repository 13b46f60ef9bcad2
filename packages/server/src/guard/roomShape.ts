import { collectionMap, DOCUMENT_MAP, HEADER_MAP } from '@flowsmith/collab';
import { COLLECTIONS } from '@flowsmith/model';
import * as Y from 'yjs';

let roots: ReadonlySet<string> | undefined;

/**
 * The names of the Y.Doc's top-level types a room may hold: the ones `@flowsmith/collab` lays a
 * process out in, derived from its shape for every collection of the model's `COLLECTIONS`, so
 * collections added later are allowed without a change here.
 */
export function allowedRoots(): ReadonlySet<string> {
  if (!roots) {
    const scratch = new Y.Doc();
    scratch.getMap(DOCUMENT_MAP);
    scratch.getMap(HEADER_MAP);
    for (const collection of COLLECTIONS) collectionMap(scratch, collection);
    roots = new Set(scratch.share.keys());
    scratch.destroy();
  }
  return roots;
}

/** Whether `ydoc` holds no process at all (a room nobody has filled yet, or one emptied). */
export function isEmptyRoom(ydoc: Y.Doc): boolean {
  for (const name of allowedRoots()) {
    const type = ydoc.share.get(name);
    if (type && type._map.size > 0 && [...type._map.values()].some((item) => !item.deleted)) {
      return false;
    }
  }
  return true;
}

/** The top-level types of `ydoc` that the room's shape does not know (from a foreign update). */
export function unknownRoots(ydoc: Y.Doc): string[] {
  const allowed = allowedRoots();
  return [...ydoc.share.keys()].filter((name) => !allowed.has(name));
}
