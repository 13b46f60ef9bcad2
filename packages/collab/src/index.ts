/**
 * @flowsmith/collab — a process document mirrored in a Y.Doc for live co-editing: write and read
 * the whole document, write a model patch as one transaction, turn other replicas' transactions
 * back into patches, repair references a merge left dangling, and bind an editor to it all.
 * Pure TypeScript on yjs; no DOM, no network (the app and the server bring the provider).
 */
export { writeProcessToYDoc, recordToYMap } from './writeProcessToYDoc';
export { readProcessFromYDoc, readCollection } from './readProcessFromYDoc';
export { applyPatchToYDoc, orderBetween } from './applyPatchToYDoc';
export { observeProcess, type ProcessChange, type ProcessObserver } from './observeProcess';
export { diffCollection } from './diffCollection';
export { repairReferences, pathSegments } from './repairReferences';
export { bindProcess, REPAIR_ORIGIN, type CoEditable, type ProcessBinding } from './bindProcess';
export { collectionMap, HEADER_MAP, DOCUMENT_MAP, ORDER_KEY } from './yDocShape';
export { diffProcess } from './diffProcess';
export { syncDocs, canonicalJson, createTestReplica, type TestReplica } from './testReplica';
export { sameIdRepair, type OwnRecord } from './sameIdRepair';
