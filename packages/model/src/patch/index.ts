export { applyPatch } from './applyPatch';
export { invertPatch } from './invertPatch';
export { squashPatches } from './squashPatches';
export { emptyPatch, isEmptyPatch, type Patch } from './patch';
export { PatchConflictError } from './PatchConflictError';
export { recordsEqual } from './recordsEqual';
export {
  COLLECTIONS,
  OPTIONAL_COLLECTIONS,
  HEADER_KEYS,
  readHeader,
  type CollectionName,
  type CollectionRecords,
  type Entry,
  type HeaderEntry,
  type ProcessHeader,
  type RecordEntry,
} from './entry';
