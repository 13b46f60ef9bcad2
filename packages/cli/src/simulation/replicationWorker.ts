/**
 * A worker thread that runs replications for `runReplications`: it compiles the process once
 * from `workerData`, then answers each `{ index }` message with progress messages and the
 * replication's result. The main thread cancels by terminating the worker.
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  prepareSimulation,
  runReplicationSync,
  SimulationError,
  type ResolvedScenario,
} from '@flowsmith/simulation';
import type { Lang, ProcessDocument } from '@flowsmith/model';

/** What the main thread hands each worker. */
export interface WorkerInput {
  document: ProcessDocument;
  scenario: ResolvedScenario;
  children: ProcessDocument[];
  recordLog: boolean;
  lang: Lang;
}

const input = workerData as WorkerInput;
const port = parentPort!;
const children = new Map(input.children.map((d) => [d.id, d]));
const plan = prepareSimulation(input.document, input.scenario, {
  resolveProcess: (id) => children.get(id),
  lang: input.lang,
});

port.on('message', (message: { index: number }) => {
  const index = message.index;
  try {
    const result = runReplicationSync(plan, undefined, index, {
      recordLog: input.recordLog,
      onProgress: (fraction) => port.postMessage({ type: 'progress', index, fraction }),
    });
    port.postMessage({ type: 'result', index, result });
  } catch (error) {
    const text =
      error instanceof SimulationError || error instanceof Error ? error.message : String(error);
    port.postMessage({ type: 'error', index, message: text });
  }
});
port.postMessage({ type: 'ready' });
