import { applyChanges, type Changes } from '../commands/applyChanges';
import { defineCommand } from '../commands/command';
import { checkNewId, findRecord, recordsOf } from '../commands/documentIds';
import { recordEntry } from '../commands/recordEntry';
import { refusal, type Refusal } from '../messages/commandMessages';
import type { Lang } from '../messages/lang';
import { isDateTime } from '../parse/parseWorkshop';
import type { ProcessDocument } from '../types/process';
import { NOTE_COLOURS, type WorkshopNote } from '../types/workshop';
import { appendPatch, updatePatch } from './workshopPatch';
import { targetKind } from './workshopQueries';

/** The changes `note.update` may make: anything but the id. */
export type NoteChanges = Changes<Omit<WorkshopNote, 'id'>>;

/** Why `note` is not a valid note of `doc`, or null. Pure. */
function checkNote(doc: ProcessDocument, note: WorkshopNote, lang?: Lang): Refusal | null {
  if (typeof note.text !== 'string' || note.text.trim() === '') {
    return refusal('note.empty', { id: note.id }, lang);
  }
  if (note.on !== undefined) {
    const kind = targetKind(doc, note.on);
    if (kind === undefined || kind === 'note') {
      return refusal('note.target', { id: note.id, on: String(note.on) }, lang);
    }
  }
  const bad = (field: string) => refusal('value.invalid', { id: note.id, field }, lang);
  if (note.colour !== undefined && !NOTE_COLOURS.includes(note.colour)) return bad('colour');
  if (note.createdAt !== undefined && !isDateTime(String(note.createdAt))) return bad('createdAt');
  if (note.author !== undefined && typeof note.author !== 'string') return bad('author');
  if (note.resolved !== undefined && typeof note.resolved !== 'boolean') return bad('resolved');
  const p = note.position;
  if (p !== undefined && !(Number.isFinite(p?.x) && Number.isFinite(p?.y))) return bad('position');
  return null;
}

const unknownNote = (doc: ProcessDocument, id: string, lang?: Lang) =>
  findRecord(doc, 'notes', id) ? null : refusal('note.unknown', { id }, lang);

/** `note.add`: puts a sticky note on a step, flow or role (`on`), or free on the canvas. */
export const noteAdd = defineCommand({
  id: 'note.add',
  canExecute: (doc, { note }: { note: WorkshopNote }, lang) =>
    checkNewId(doc, note.id, lang) ?? checkNote(doc, note, lang),
  execute: (doc, { note }) => appendPatch(doc, 'notes', note),
});

/** `note.update`: changes a note's text, colour, attachment or position (`null` clears a field). */
export const noteUpdate = defineCommand({
  id: 'note.update',
  canExecute(doc, { id, changes }: { id: string; changes: NoteChanges }, lang) {
    const found = findRecord(doc, 'notes', id);
    if (!found) return refusal('note.unknown', { id }, lang);
    if (Object.prototype.hasOwnProperty.call(changes, 'id')) {
      return refusal('field.notAllowed', { id, field: 'id', type: 'note' }, lang);
    }
    return checkNote(doc, applyChanges(found.record, changes), lang);
  },
  execute: (doc, { id, changes }) => updatePatch(doc, 'notes', id, changes),
});

/** `note.resolve`: marks a note resolved (or open again with `resolved: false`). */
export const noteResolve = defineCommand({
  id: 'note.resolve',
  canExecute: (doc, { id }: { id: string; resolved?: boolean }, lang) => unknownNote(doc, id, lang),
  execute: (doc, { id, resolved = true }) =>
    updatePatch(doc, 'notes', id, { resolved: resolved ? true : null }),
});

/** `note.remove`: removes a note and the votes for it. */
export const noteRemove = defineCommand({
  id: 'note.remove',
  canExecute: (doc, { id }: { id: string }, lang) => unknownNote(doc, id, lang),
  execute(doc, { id }) {
    const { index, record } = findRecord(doc, 'notes', id)!;
    const removed = [recordEntry('notes', index, record)];
    recordsOf(doc, 'votes').forEach((v, i) => {
      if (v.on === id) removed.push(recordEntry('votes', i, v));
    });
    return { added: [], updated: [], removed };
  },
});
