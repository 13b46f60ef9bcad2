/// <reference lib="webworker" />
/**
 * The analysis worker: analyses big processes, predicts suggestion effects and derives to-be
 * documents off the main thread. One job per message, answered with the request id; the app
 * cancels a job by terminating the worker (see src/ui/analysis/workerJobs.ts).
 */
import type { AnalysisRequest, AnalysisResponse } from '../ui/analysis/analysisProtocol';
import { runAnalysisJob } from '../ui/analysis/runAnalysisJob';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (e: MessageEvent<AnalysisRequest>) => {
  const { id, ...job } = e.data;
  let answer: AnalysisResponse;
  try {
    answer = { id, ok: true, result: runAnalysisJob(job) };
  } catch (error) {
    answer = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(answer);
};
