import type { ImportResult } from '@flowsmith/bpmn';
import type { Lang, ProcessDocument } from '@flowsmith/model';
import type { BpmnRequest, BpmnResponse } from '../../workers/bpmnProtocol';
import { workerAnswer } from '../../workers/workerAnswer';
import { workerClient } from '../../workers/workerClient';

const send = workerClient<BpmnRequest, BpmnResponse>(
  () => new Worker(new URL('../../workers/bpmn.worker.ts', import.meta.url), { type: 'module' }),
  'BPMN',
);

/** Imports BPMN XML in the worker; rejects with the importer's message on a file it cannot read. */
export async function importBpmnInWorker(xml: string, lang: Lang): Promise<ImportResult> {
  const r = workerAnswer(await send({ type: 'import', xml, lang }), 'import');
  return { documents: r.documents, warnings: r.warnings };
}

/** Writes a document as BPMN XML in the worker (auto-layout runs there when it has no positions). */
export async function exportBpmnInWorker(document: ProcessDocument): Promise<string> {
  return workerAnswer(await send({ type: 'export', document }), 'export').xml;
}
