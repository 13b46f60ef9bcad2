/**
 * Analysis jobs in a Web Worker, one lane per purpose (analysis, effects, to-be). A lane runs one
 * job at a time: a new job, or `cancel()`, terminates the worker mid-job (the analysis is one
 * synchronous call, so terminating is the only way to stop it) and rejects the old promise with
 * `JobCancelled`. The worker is started on first use and again after a cancel.
 */
import type {
  AnalysisJob,
  AnalysisJobResult,
  AnalysisRequest,
  AnalysisResponse,
} from './analysisProtocol';

/** The rejection of a job that was cancelled or superseded; callers ignore it. */
export class JobCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'JobCancelled';
  }
}

/** A lane of worker jobs; see the module comment. */
export interface JobLane {
  run<J extends AnalysisJob>(job: J): Promise<AnalysisJobResult[J['type']]>;
  cancel(): void;
}

/** Creates a lane; `spawn` makes its worker (tests may pass a fake). */
export function createJobLane(
  spawn: () => Worker = () =>
    new Worker(new URL('../../workers/analysis.worker.ts', import.meta.url), { type: 'module' }),
): JobLane {
  let worker: Worker | null = null;
  let nextId = 1;
  let running: { id: number; resolve: (r: unknown) => void; reject: (e: Error) => void } | null =
    null;

  const stop = () => {
    worker?.terminate();
    worker = null;
    const r = running;
    running = null;
    r?.reject(new JobCancelled());
  };

  const start = (): Worker => {
    const w = spawn();
    w.onmessage = (e: MessageEvent<AnalysisResponse>) => {
      const r = running;
      if (!r || r.id !== e.data.id) return;
      running = null;
      if (e.data.ok) r.resolve(e.data.result);
      else r.reject(new Error(e.data.message));
    };
    w.onerror = (e) => {
      e.preventDefault();
      const r = running;
      running = null;
      worker?.terminate();
      worker = null;
      r?.reject(new Error(e.message || 'analysis worker failed'));
    };
    return w;
  };

  return {
    run(job) {
      if (running) stop();
      worker ??= start();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        running = { id, resolve: resolve as (r: unknown) => void, reject };
        worker!.postMessage({ ...job, id } as AnalysisRequest);
      });
    },
    cancel: stop,
  };
}
