/**
 * @flowsmith/bpmn — BPMN 2.0 XML to and from Flowsmith process documents, with diagram
 * interchange (DI) and a `flowsmith:` extension namespace that keeps every Flowsmith field.
 * The only package that imports bpmn-moddle. Pure TypeScript, no DOM.
 */
export { importBpmn } from './import/importBpmn';
export { exportBpmn, type ExportOptions } from './export/exportBpmn';
export { BpmnImportError } from './BpmnImportError';
export { readBpmnDefinitions } from './readBpmnDefinitions';
export { MAX_BPMN_DEPTH, MAX_BPMN_SIZE } from './import/precheck';
export { FLOWSMITH_NS, flowsmithDescriptor } from './flowsmithDescriptor';
export { parseIsoDuration, formatIsoDuration } from './isoDuration';
export type { BpmnWarning, ImportOptions, ImportResult } from './types';
export type { ImportErrorCode, WarningCode } from './messages';
export { applyProsimos, type ProsimosResult } from './simulation/prosimos/applyProsimos';
export type { SimulationWarningCode } from './simulation/simulationMessages';
