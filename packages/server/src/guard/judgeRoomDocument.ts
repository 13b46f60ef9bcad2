import { readProcessFromYDoc } from '@flowsmith/collab';
import { parseProcess, type ProcessDocument } from '@flowsmith/model';
import type * as Y from 'yjs';
import type { RoomPermissions } from '../store/WorkshopStore';
import type { RoomRole } from '../rooms/RoomRegistry';
import { findHostileKey } from './findHostileKey';
import type { Refusal } from './Refusal';
import { isEmptyRoom, unknownRoots } from './roomShape';

/** What the server remembers of a room's last accepted document, to judge the next update. */
export interface RoomSnapshot {
  empty: boolean;
  stepCount: number;
  /** The roles, sorted by id, as JSON: changed roles are a different string. */
  roles: string;
  /**
   * The header fields only the facilitator changes ({@link FACILITATOR_FIELDS}: the timer and
   * the vote budget), as JSON with sorted keys: a changed field is a different string.
   */
  facilitatorFields: string;
  /**
   * Whether the document validates. `false` only for a merge that left references dangling,
   * which the replicas repair at once (`repairReferences` in @flowsmith/collab); such a state is
   * kept in the room but never stored.
   */
  valid: boolean;
}

/**
 * The header fields (model `HEADER_KEYS`) only the facilitator may change: the workshop timer
 * everyone sees and the dots each participant has.
 */
export const FACILITATOR_FIELDS = ['timer', 'voteBudget'] as const;

const EMPTY_SNAPSHOT: RoomSnapshot = Object.freeze({
  empty: true,
  stepCount: 0,
  roles: '[]',
  facilitatorFields: '{}',
  valid: true,
});

/** The codes of problems a merge of two valid concurrent edits can leave, and replicas repair. */
const MERGE_PROBLEMS: ReadonlySet<string> = new Set(['reference.missing']);

/**
 * Reads and judges the document `ydoc` holds: the snapshot to remember, or why it must be
 * refused. Refused: a top-level type the room's shape does not know; a `__proto__`-like key; a
 * document the model's `parseProcess` rejects for anything but references a merge left dangling;
 * and, for a participant unless the room allows it, emptying a process (removing its last step
 * or everything) or changing its roles; for a participant always, starting, pausing or stopping the
 * timer or changing the vote budget ({@link FACILITATOR_FIELDS}). An empty room is accepted, and
 * so is the process that fills it. Pure (reads `ydoc` only).
 */
export function judgeRoomDocument(
  ydoc: Y.Doc,
  before: RoomSnapshot,
  role: RoomRole,
  permissions: RoomPermissions,
): { ok: true; snapshot: RoomSnapshot } | { ok: false; refusal: Refusal } {
  const foreign = unknownRoots(ydoc);
  if (foreign.length > 0) {
    return refuse('update.unknownRoot', `unknown top-level types: ${foreign.join(', ')}`);
  }
  const hostile = findHostileKey(ydoc);
  if (hostile) return refuse('update.hostileKey', `hostile key at ${hostile}`);
  const participant = role === 'participant';
  if (isEmptyRoom(ydoc)) {
    if (!before.empty && participant && !permissions.participantsMayDeleteProcess) {
      return refuse('permission.deleteProcess', 'participants may not delete the process');
    }
    return { ok: true, snapshot: EMPTY_SNAPSHOT };
  }
  const read = readProcessFromYDoc(ydoc);
  const parsed = parseProcess(read);
  const blocking = parsed.ok ? [] : parsed.problems.filter((p) => !MERGE_PROBLEMS.has(p.code));
  if (blocking.length > 0) {
    const shown = blocking.slice(0, 3).map((p) => `${p.path || '(document)'}: ${p.code}`);
    const more = blocking.length > 3 ? ` and ${blocking.length - 3} more` : '';
    return refuse('document.invalid', `${shown.join('; ')}${more}`);
  }
  const snapshot = snapshotOfDocument(read, parsed.ok);
  if (participant && !permissions.participantsMayDeleteProcess) {
    if (before.stepCount > 0 && snapshot.stepCount === 0) {
      return refuse('permission.deleteProcess', 'participants may not delete the process');
    }
  }
  if (participant && !permissions.participantsMayChangeRoles && !before.empty) {
    if (snapshot.roles !== before.roles) {
      return refuse('permission.changeRoles', 'participants may not change roles');
    }
  }
  if (participant && !before.empty && snapshot.facilitatorFields !== before.facilitatorFields) {
    return refuse(
      'permission.facilitatorOnly',
      'only the facilitator runs the timer and the votes',
    );
  }
  return { ok: true, snapshot };
}

/** The snapshot of a document already accepted (the room as loaded). */
export function snapshotOf(ydoc: Y.Doc): RoomSnapshot {
  if (isEmptyRoom(ydoc)) return EMPTY_SNAPSHOT;
  const read = readProcessFromYDoc(ydoc);
  return snapshotOfDocument(read, parseProcess(read).ok);
}

/** JSON with every object's keys sorted: equal values give equal text whatever their key order. */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The roles, sorted by id, each with its keys sorted, as JSON: equal roles give equal text. */
function rolesKey(roles: unknown): string {
  const list = Array.isArray(roles) ? (roles as Array<{ id?: unknown }>) : [];
  return sortedJson(list.slice().sort((a, b) => String(a.id).localeCompare(String(b.id))));
}

/** The facilitator-only header fields present in `read`, as JSON with sorted keys. */
function facilitatorFieldsKey(read: ProcessDocument): string {
  const fields: Record<string, unknown> = {};
  for (const key of FACILITATOR_FIELDS) if (read[key] !== undefined) fields[key] = read[key];
  return sortedJson(fields);
}

function snapshotOfDocument(read: ProcessDocument, valid: boolean): RoomSnapshot {
  return {
    empty: false,
    stepCount: Array.isArray(read.steps) ? read.steps.length : 0,
    roles: rolesKey(read.roles),
    facilitatorFields: facilitatorFieldsKey(read),
    valid,
  };
}

function refuse(code: Refusal['code'], detail: string): { ok: false; refusal: Refusal } {
  return { ok: false, refusal: { code, detail } };
}
