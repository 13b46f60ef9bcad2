import type { ImportResult } from '@flowsmith/bpmn';
import type { Lang, ProcessDocument } from '@flowsmith/model';
import type { BpmnRequest, BpmnResponse } from '../../workers/bpmnProtocol';

type Pending = { resolve: (r: BpmnResponse) => void };
let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

type Unsent = BpmnRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

function send(req: Unsent): Promise<BpmnResponse> {
  if (!worker) {
    worker = new Worker(new URL('../../workers/bpmn.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (e: MessageEvent<BpmnResponse>) => {
      pending.get(e.data.id)?.resolve(e.data);
      pending.delete(e.data.id);
    };
  }
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, { resolve });
    worker!.postMessage({ ...req, id } as BpmnRequest);
  });
}

/** Imports BPMN XML in the worker; rejects with the importer's message on a file it cannot read. */
export async function importBpmnInWorker(xml: string, lang: Lang): Promise<ImportResult> {
  const r = await send({ type: 'import', xml, lang });
  if (!r.ok) throw new Error(r.message);
  if (r.type !== 'import') throw new Error('unexpected worker answer');
  return { documents: r.documents, warnings: r.warnings };
}

/** Writes a document as BPMN XML in the worker (auto-layout runs there when it has no positions). */
export async function exportBpmnInWorker(document: ProcessDocument): Promise<string> {
  const r = await send({ type: 'export', document });
  if (!r.ok) throw new Error(r.message);
  if (r.type !== 'export') throw new Error('unexpected worker answer');
  return r.xml;
}
