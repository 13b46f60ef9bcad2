import { applyChanges, type Changes } from '../commands/applyChanges';
import { defineCommand } from '../commands/command';
import { checkNewId, findRecord } from '../commands/documentIds';
import { recordEntry } from '../commands/recordEntry';
import { refusal, type Refusal } from '../messages/commandMessages';
import type { Lang } from '../messages/lang';
import { isDateTime } from '../parse/parseWorkshop';
import type { ParkingItem } from '../types/workshop';
import { appendPatch, updatePatch } from './workshopPatch';

/** The changes `parking.update` may make: anything but the id. */
export type ParkingChanges = Changes<Omit<ParkingItem, 'id'>>;

function checkItem(item: ParkingItem, lang?: Lang): Refusal | null {
  if (typeof item.text !== 'string' || item.text.trim() === '') {
    return refusal('parking.empty', { id: item.id }, lang);
  }
  const bad = (field: string) => refusal('value.invalid', { id: item.id, field }, lang);
  if (item.createdAt !== undefined && !isDateTime(String(item.createdAt))) return bad('createdAt');
  if (item.author !== undefined && typeof item.author !== 'string') return bad('author');
  if (item.done !== undefined && typeof item.done !== 'boolean') return bad('done');
  return null;
}

/** `parking.add`: sets something aside in the parking lot (停车场). */
export const parkingAdd = defineCommand({
  id: 'parking.add',
  canExecute: (doc, { item }: { item: ParkingItem }, lang) =>
    checkNewId(doc, item.id, lang) ?? checkItem(item, lang),
  execute: (doc, { item }) => appendPatch(doc, 'parkingLot', item),
});

/** `parking.update`: changes a parking-lot item's text or marks it done (`null` clears a field). */
export const parkingUpdate = defineCommand({
  id: 'parking.update',
  canExecute(doc, { id, changes }: { id: string; changes: ParkingChanges }, lang) {
    const found = findRecord(doc, 'parkingLot', id);
    if (!found) return refusal('parking.unknown', { id }, lang);
    if (Object.prototype.hasOwnProperty.call(changes, 'id')) {
      return refusal('field.notAllowed', { id, field: 'id', type: 'parking-lot item' }, lang);
    }
    return checkItem(applyChanges(found.record, changes), lang);
  },
  execute: (doc, { id, changes }) => updatePatch(doc, 'parkingLot', id, changes),
});

/** `parking.remove`: takes an item out of the parking lot. */
export const parkingRemove = defineCommand({
  id: 'parking.remove',
  canExecute: (doc, { id }: { id: string }, lang) =>
    findRecord(doc, 'parkingLot', id) ? null : refusal('parking.unknown', { id }, lang),
  execute(doc, { id }) {
    const { index, record } = findRecord(doc, 'parkingLot', id)!;
    return { added: [], updated: [], removed: [recordEntry('parkingLot', index, record)] };
  },
});
