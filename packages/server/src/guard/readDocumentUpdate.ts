import * as decoding from 'lib0/decoding';

// Hocuspocus's message types (packages/server/src/types.ts of @hocuspocus/server 3).
const SYNC = 0;
const AWARENESS = 1;
const SYNC_REPLY = 4;
const KNOWN_TYPES: ReadonlySet<number> = new Set([0, 1, 2, 3, 4, 5, 6, 7, 8]);
// y-protocols' sync steps: step 1 carries a state vector, step 2 and update carry an update.
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** What one incoming Hocuspocus message means to the guard. */
export type IncomingKind =
  | { kind: 'update'; documentName: string; update: Uint8Array }
  /** An awareness update: who it is about (Yjs client ids) and each one's clock. */
  | { kind: 'awareness'; documentName: string; entries: Array<{ client: number; clock: number }> }
  | { kind: 'other'; documentName: string; type: number }
  | { kind: 'malformed'; detail: string };

/**
 * Decodes the head of a Hocuspocus message: the document name, the type, for a sync step 2 or an
 * update the Yjs update it carries, for an awareness update whose states it carries (y-protocols'
 * encoding: count, then client id, clock and JSON state each). Never throws. Pure.
 */
export function readDocumentUpdate(message: Uint8Array): IncomingKind {
  try {
    const decoder = decoding.createDecoder(message);
    const documentName = decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (!KNOWN_TYPES.has(type))
      return { kind: 'malformed', detail: `unknown message type ${type}` };
    if (type === AWARENESS)
      return { kind: 'awareness', documentName, entries: readEntries(decoder) };
    if (type !== SYNC && type !== SYNC_REPLY) return { kind: 'other', documentName, type };
    const step = decoding.readVarUint(decoder);
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return { kind: 'other', documentName, type };
    return { kind: 'update', documentName, update: decoding.readVarUint8Array(decoder) };
  } catch (error) {
    return { kind: 'malformed', detail: error instanceof Error ? error.message : String(error) };
  }
}

function readEntries(decoder: decoding.Decoder): Array<{ client: number; clock: number }> {
  const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
  const count = decoding.readVarUint(update);
  const entries: Array<{ client: number; clock: number }> = [];
  for (let i = 0; i < count; i++) {
    const client = decoding.readVarUint(update);
    const clock = decoding.readVarUint(update);
    decoding.readVarString(update);
    entries.push({ client, clock });
  }
  return entries;
}
