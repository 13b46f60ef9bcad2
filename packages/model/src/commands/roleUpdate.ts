import type { ProcessDocument } from '../types/process';
import { defineCommand } from './command';
import { findRecord } from './documentIds';
import { updateCommand, type UpdateParams } from './recordCommands';

const generic = updateCommand('role.update', 'roles');

/**
 * The changes with `capacity` following `members`: when the changes set members but say nothing
 * of capacity, a capacity already written becomes the new number of members. Pure.
 */
function withCapacityFollowingMembers(
  doc: ProcessDocument,
  params: UpdateParams<'roles'>,
): UpdateParams<'roles'> {
  const { changes } = params;
  const members = changes.members;
  if (members == null || !Array.isArray(members) || Object.hasOwn(changes, 'capacity')) {
    return params;
  }
  const record = findRecord(doc, 'roles', params.id)?.record;
  if (record?.capacity === undefined) return params;
  return { ...params, changes: { ...changes, capacity: members.length } };
}

/**
 * `role.update`: changes fields of one record of `roles`; `null` clears an optional field.
 * Setting `members` without mentioning `capacity` updates a written capacity to their number.
 */
export const roleUpdate = defineCommand({
  id: 'role.update',
  canExecute: (doc, params: UpdateParams<'roles'>, lang) =>
    generic.canExecute(doc, withCapacityFollowingMembers(doc, params), lang),
  execute: (doc, params: UpdateParams<'roles'>) =>
    generic.execute(doc, withCapacityFollowingMembers(doc, params)),
});
