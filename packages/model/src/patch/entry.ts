import type { Calendar } from '../types/calendar';
import type { Flow } from '../types/flow';
import type { DataObject, Kpi, ProcessDocument, Risk } from '../types/process';
import type { Role } from '../types/role';
import type { Step } from '../types/step';
import type { DotVote, ParkingItem, WasteTag, WorkshopNote } from '../types/workshop';

/** The record type held by each collection of a process document. */
export interface CollectionRecords {
  roles: Role;
  calendars: Calendar;
  data: DataObject;
  steps: Step;
  flows: Flow;
  risks: Risk;
  kpis: Kpi;
  notes: WorkshopNote;
  wasteTags: WasteTag;
  votes: DotVote;
  parkingLot: ParkingItem;
}

/** The name of a collection of records in a process document. */
export type CollectionName = keyof CollectionRecords;

/** The collections, in the order FORMAT.md lists them. */
export const COLLECTIONS: readonly CollectionName[] = [
  'roles',
  'calendars',
  'data',
  'steps',
  'flows',
  'risks',
  'kpis',
  'notes',
  'wasteTags',
  'votes',
  'parkingLot',
];

/** Collections that may be absent from a document; an empty one is dropped (FORMAT.md: optional). */
export const OPTIONAL_COLLECTIONS: ReadonlySet<CollectionName> = new Set([
  'calendars',
  'data',
  'risks',
  'kpis',
  'notes',
  'wasteTags',
  'votes',
  'parkingLot',
]);

/** The top-level scalar fields of a document that commands may change, as one record. */
export type ProcessHeader = Pick<
  ProcessDocument,
  | 'name'
  | 'language'
  | 'description'
  | 'owner'
  | 'derivedFrom'
  | 'allowedDutyPairs'
  | 'documentControl'
  | 'relatedDocuments'
  | 'definitions'
  | 'view'
  | 'revisions'
  | 'voteBudget'
  | 'timer'
  | 'simulation'
>;

/** The keys of {@link ProcessHeader}. */
export const HEADER_KEYS: readonly (keyof ProcessHeader)[] = [
  'name',
  'language',
  'description',
  'owner',
  'derivedFrom',
  'allowedDutyPairs',
  'documentControl',
  'relatedDocuments',
  'definitions',
  'view',
  'revisions',
  'voteBudget',
  'timer',
  'simulation',
];

/**
 * One record of a collection with its position. For a removed record `index` is where it was in
 * the document the patch applies to; for an added one, where it is in the resulting document;
 * in an update it is informative (updates find their record by id and never move it).
 */
export type RecordEntry<C extends CollectionName = CollectionName> = {
  [K in C]: { collection: K; index: number; record: CollectionRecords[K] };
}[C];

/** The process header as a whole; it can only be updated, never added or removed. */
export interface HeaderEntry {
  collection: 'header';
  header: ProcessHeader;
}

/** One record of a process document, discriminated by `collection`. */
export type Entry = RecordEntry | HeaderEntry;

/** The header fields present in `doc` (absent ones stay absent). Pure. */
export function readHeader(doc: ProcessDocument): ProcessHeader {
  const header: ProcessHeader = { name: doc.name };
  for (const key of HEADER_KEYS) {
    if (doc[key] !== undefined) Object.assign(header, { [key]: doc[key] });
  }
  return header;
}
