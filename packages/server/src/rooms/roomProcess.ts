import { readProcessFromYDoc, writeProcessToYDoc } from '@flowsmith/collab';
import { parseProcess, type ProcessDocument } from '@flowsmith/model';
import * as Y from 'yjs';
import type { WorkshopStore } from '../store/WorkshopStore';

/**
 * The Y.Doc state (one Yjs update) of a room that starts with `doc`, after the model validates
 * it; throws, naming the first problems, when it does not. Pure apart from the throw.
 */
export function roomStateOf(doc: ProcessDocument): Uint8Array {
  const parsed = parseProcess(doc);
  if (!parsed.ok) {
    const shown = parsed.problems.slice(0, 3).map((p) => `${p.path || '(document)'}: ${p.message}`);
    throw new Error(`the process is not valid: ${shown.join('; ')}`);
  }
  const ydoc = new Y.Doc();
  writeProcessToYDoc(ydoc, parsed.document);
  const state = Y.encodeStateAsUpdate(ydoc);
  ydoc.destroy();
  return state;
}

/**
 * The process a room holds in `store` (as last stored), or `null` when the room has none. Not
 * validated again: the server stores only states the model validates.
 */
export async function readStoredProcess(
  store: WorkshopStore,
  roomId: string,
): Promise<ProcessDocument | null> {
  const state = await store.loadDocument(roomId);
  if (!state) return null;
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, state);
  const doc = readProcessFromYDoc(ydoc);
  ydoc.destroy();
  return doc;
}
