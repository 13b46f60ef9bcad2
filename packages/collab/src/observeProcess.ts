/**
 * The Y.Doc → model direction. Keeps the document the Y.Doc holds (`doc`) up to date after every
 * transaction and, for a transaction from another origin (a remote peer, a repair), says what
 * changed as a model `Patch` against the document before it. Life cycle:
 *
 *   observeDeep on each collection / header map ─► ids and keys touched, gathered per transaction
 *   afterTransaction ─► the touched records re-read ─► patch (before = last doc) ─► doc replaced
 *                    ─► onChange({ patch, origin, local, doc })
 *
 * Untouched collections and records keep their identity, so a change costs the records it
 * touched (plus one sort of a collection whose order or membership changed).
 */
import {
  COLLECTIONS,
  HEADER_KEYS,
  applyPatch,
  emptyPatch,
  isEmptyPatch,
  readHeader,
  recordsEqual,
  type CollectionName,
  type Patch,
  type ProcessDocument,
  type ProcessHeader,
} from '@flowsmith/model';
import * as Y from 'yjs';
import { diffCollection } from './diffCollection';
import { readProcessFromYDoc } from './readProcessFromYDoc';
import {
  collectionMap,
  DOCUMENT_MAP,
  HEADER_MAP,
  ORDER_KEY,
  orderedEntries,
  recordOf,
} from './yDocShape';

/** What one observed transaction did. */
export interface ProcessChange {
  /** The change against the previous `doc`; with `reset`, the whole document was replaced. */
  patch: Patch;
  /** The fields no command changes (`id`, `format`, …) changed: replace the document, do not patch. */
  reset: boolean;
  origin: unknown;
  /** The transaction was made by this replica (see `isLocal`). */
  local: boolean;
  /** The document the Y.Doc holds now. */
  doc: ProcessDocument;
  /** The document before this transaction. */
  before: ProcessDocument;
}

/** The running observation; see the module comment. */
export interface ProcessObserver {
  /** The document the Y.Doc holds after the last transaction. */
  readonly doc: ProcessDocument;
  /** Stops observing. */
  destroy(): void;
}

type Touched = { ids: Set<string>; structural: boolean };

function readHeaderFromY(ydoc: Y.Doc): ProcessHeader {
  const map = ydoc.getMap<unknown>(HEADER_MAP);
  const header: Record<string, unknown> = {};
  for (const key of HEADER_KEYS) {
    const value = map.get(key);
    if (value !== undefined) header[key] = value;
  }
  return header as unknown as ProcessHeader;
}

/**
 * Observes `ydoc`; `isLocal(origin)` says which transactions this replica made itself (they
 * update `doc` but their change is already in the editor). `onChange` runs after every
 * transaction that changed the process.
 */
export function observeProcess(
  ydoc: Y.Doc,
  isLocal: (origin: unknown) => boolean,
  onChange: (change: ProcessChange) => void,
): ProcessObserver {
  let doc = readProcessFromYDoc(ydoc);
  const touched = new Map<CollectionName, Touched>();
  let headerTouched = false;
  let fixedTouched = false;
  const unobserve: Array<() => void> = [];

  for (const collection of COLLECTIONS) {
    const map = collectionMap(ydoc, collection);
    const handler = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
      let t = touched.get(collection);
      if (!t) touched.set(collection, (t = { ids: new Set(), structural: false }));
      for (const event of events) {
        if (event.target === map && event instanceof Y.YMapEvent) {
          for (const id of event.keysChanged) t.ids.add(id);
          t.structural = true;
        } else {
          const id = event.path[0];
          if (typeof id === 'string') t.ids.add(id);
          if (event instanceof Y.YMapEvent && event.keysChanged.has(ORDER_KEY)) t.structural = true;
        }
      }
    };
    map.observeDeep(handler);
    unobserve.push(() => map.unobserveDeep(handler));
  }
  const header = ydoc.getMap(HEADER_MAP);
  const onHeader = () => void (headerTouched = true);
  header.observe(onHeader);
  unobserve.push(() => header.unobserve(onHeader));
  const fixed = ydoc.getMap(DOCUMENT_MAP);
  const onFixed = () => void (fixedTouched = true);
  fixed.observe(onFixed);
  unobserve.push(() => fixed.unobserve(onFixed));

  const after = (tr: Y.Transaction) => {
    if (!fixedTouched && !headerTouched && touched.size === 0) return;
    const local = isLocal(tr.origin);
    if (fixedTouched) {
      fixedTouched = headerTouched = false;
      touched.clear();
      const before = doc;
      doc = readProcessFromYDoc(ydoc);
      onChange({ patch: emptyPatch(), reset: true, origin: tr.origin, local, doc, before });
      return;
    }
    const patch = emptyPatch();
    if (headerTouched) {
      headerTouched = false;
      const before = readHeader(doc);
      const next = readHeaderFromY(ydoc);
      if (!recordsEqual(before, next)) {
        patch.updated.push([
          { collection: 'header', header: before },
          { collection: 'header', header: next },
        ]);
      }
    }
    for (const [collection, t] of touched) {
      const map = collectionMap(ydoc, collection);
      const old = ((doc as unknown as Record<string, unknown>)[collection] ?? []) as Array<{
        id: string;
      }>;
      if (t.structural) {
        const byId = new Map(old.map((r) => [r.id, r]));
        const next = orderedEntries(map).map((e) =>
          t.ids.has(e.id) || !byId.has(e.id)
            ? { ...recordOf(e.fields), id: e.id }
            : byId.get(e.id)!,
        );
        diffCollection(collection, old, next, patch);
      } else {
        old.forEach((record, index) => {
          if (!t.ids.has(record.id)) return;
          const fields = map.get(record.id);
          if (!(fields instanceof Y.Map)) return;
          const next = { ...recordOf(fields), id: record.id };
          if (!recordsEqual(record, next)) {
            patch.updated.push([
              { collection, index, record } as never,
              { collection, index, record: next } as never,
            ]);
          }
        });
      }
    }
    touched.clear();
    if (isEmptyPatch(patch)) return;
    const before = doc;
    doc = applyPatch(doc, patch);
    onChange({ patch, reset: false, origin: tr.origin, local, doc, before });
  };
  ydoc.on('afterTransaction', after);
  unobserve.push(() => ydoc.off('afterTransaction', after));

  return {
    get doc() {
      return doc;
    },
    destroy() {
      for (const stop of unobserve) stop();
    },
  };
}
