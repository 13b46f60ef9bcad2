import type { ImportResult } from '@flowsmith/bpmn';
import type { Lang, ProcessDocument, Problem } from '@flowsmith/model';
import type { BpmnRequest, BpmnResponse } from '../../workers/bpmnProtocol';
import { workerAnswer } from '../../workers/workerAnswer';
import { workerClient } from '../../workers/workerClient';

const send = workerClient<BpmnRequest, BpmnResponse>(
  () => new Worker(new URL('../../workers/bpmn.worker.ts', import.meta.url), { type: 'module' }),
  'BPMN',
);

/**
 * Imports BPMN XML in the worker, with a Prosimos parameters file (JSON text) applied when given
 * and `fallbackName` (the file's name) for a main process the file leaves unnamed;
 * rejects with the importer's message on a file it cannot read. `parameterProblems`: the
 * parameters file's problems by JSON path (then nothing should be opened).
 */
export async function importBpmnInWorker(
  xml: string,
  lang: Lang,
  prosimos?: string,
  fallbackName?: string,
): Promise<ImportResult & { parameterProblems?: Problem[] }> {
  const request = {
    xml,
    lang,
    ...(prosimos === undefined ? {} : { prosimos }),
    ...(fallbackName ? { fallbackName } : {}),
  };
  const r = workerAnswer(await send({ type: 'import', ...request }), 'import');
  return r.parameterProblems
    ? { documents: r.documents, warnings: r.warnings, parameterProblems: r.parameterProblems }
    : { documents: r.documents, warnings: r.warnings };
}

/**
 * Writes a document as BPMN XML in the worker (auto-layout runs there when it has no positions);
 * `simulation: false` leaves out QBP and BPSim (the view draws the diagram only).
 */
export async function exportBpmnInWorker(
  document: ProcessDocument,
  options: { simulation?: boolean } = {},
): Promise<string> {
  return workerAnswer(await send({ type: 'export', document, ...options }), 'export').xml;
}
