import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Lang, ProcessDocument } from '@flowsmith/model';
import {
  runReplication,
  SimulationError,
  type ReplicationResult,
  type SimulationPlan,
} from '@flowsmith/simulation';
import type { WorkerInput } from './replicationWorker';

/** How to run a set of replications. */
export interface ReplicationRun {
  document: ProcessDocument;
  plan: SimulationPlan;
  children: ProcessDocument[];
  /** Worker threads; 1 runs in this thread. Default: every core for big runs (at most one per replication). */
  workers?: number;
  recordLog?: boolean;
  lang: Lang;
  /** Called with the share of all replications done, 0..1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/** Thrown when the run was cancelled through its signal. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/**
 * Runs replications 0 … R−1, in worker threads when there is more than one worker. Results come
 * back sorted by index, and each replication depends only on its index and the seed, so the
 * output is the same whatever the number of workers.
 */
export async function runReplications(run: ReplicationRun): Promise<ReplicationResult[]> {
  const total = run.plan.scenario.replications;
  const workers = Math.max(1, Math.min(run.workers ?? defaultWorkers(run.plan), total));
  const progress = new Float64Array(total);
  const report = (index: number, fraction: number): void => {
    progress[index] = fraction;
    run.onProgress?.(progress.reduce((a, b) => a + b, 0) / total);
  };
  if (workers === 1) return inThisThread(run, total, report);
  return inWorkers(run, total, workers, report);
}

/**
 * The worker thread's entry: built JavaScript beside this module in the CLI's build
 * (`dist/replicationWorker.js`, which starts in tens of milliseconds); from the TypeScript source
 * (tests), a shim that loads the source through tsx first.
 */
function workerEntry(): URL {
  const fromSource = import.meta.url.endsWith('.ts');
  return new URL(
    fromSource ? './replicationWorker.mjs' : './replicationWorker.js',
    import.meta.url,
  );
}

/**
 * The worker's Node options: the parent's, plus — from source — the export condition that
 * resolves the workspace packages to their source (see docs/cli.md, "Built packages").
 */
function workerExecArgv(): string[] {
  const source = '--conditions=@flowsmith/source';
  const fromSource = import.meta.url.endsWith('.ts');
  return fromSource && !process.execArgv.includes(source)
    ? [...process.execArgv, source]
    : process.execArgv;
}

/**
 * Every core for big runs; the main thread for small ones, where starting workers (each loads
 * the built bundle, tens of milliseconds; from source, the TypeScript through tsx, about a
 * second) would cost more than it saves.
 */
function defaultWorkers(plan: SimulationPlan): number {
  const s = plan.scenario;
  const cases = Number.isFinite(s.horizon) ? Infinity : (s.cases + s.warmupCases) * s.replications;
  return cases >= 400_000 ? availableParallelism() : 1;
}

async function inThisThread(
  run: ReplicationRun,
  total: number,
  report: (index: number, fraction: number) => void,
): Promise<ReplicationResult[]> {
  const results: ReplicationResult[] = [];
  for (let i = 0; i < total; i++) {
    if (run.signal?.aborted) throw new CancelledError();
    try {
      results.push(
        await runReplication(run.plan, undefined, i, {
          recordLog: run.recordLog === true,
          signal: run.signal,
          lang: run.lang,
          onProgress: (f) => report(i, f),
        }),
      );
    } catch (error) {
      if (
        error instanceof SimulationError &&
        error.problems.some((p) => p.code === 'sim.cancelled')
      )
        throw new CancelledError();
      throw error;
    }
  }
  return results;
}

function inWorkers(
  run: ReplicationRun,
  total: number,
  count: number,
  report: (index: number, fraction: number) => void,
): Promise<ReplicationResult[]> {
  const input: WorkerInput = {
    document: run.document,
    scenario: run.plan.scenario,
    children: run.children,
    recordLog: run.recordLog === true,
    lang: run.lang,
  };
  const results: ReplicationResult[] = new Array<ReplicationResult>(total);
  const pool: Worker[] = [];
  return new Promise<ReplicationResult[]>((resolve, reject) => {
    let next = 0;
    let done = 0;
    let settled = false;
    const stop = (error?: Error): void => {
      if (settled) return;
      settled = true;
      run.signal?.removeEventListener('abort', onAbort);
      for (const w of pool) void w.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const onAbort = (): void => stop(new CancelledError());
    run.signal?.addEventListener('abort', onAbort);
    if (run.signal?.aborted) return stop(new CancelledError());
    const give = (w: Worker): void => {
      if (next < total) w.postMessage({ index: next++ });
    };
    for (let i = 0; i < count; i++) {
      const w = new Worker(workerEntry(), { workerData: input, execArgv: workerExecArgv() });
      pool.push(w);
      w.on(
        'message',
        (m: {
          type: string;
          index: number;
          fraction?: number;
          result?: ReplicationResult;
          message?: string;
        }) => {
          if (m.type === 'ready') give(w);
          else if (m.type === 'progress') report(m.index, m.fraction!);
          else if (m.type === 'result') {
            results[m.index] = m.result!;
            report(m.index, 1);
            if (++done === total) stop();
            else give(w);
          } else if (m.type === 'error') stop(new Error(m.message));
        },
      );
      w.on('error', (e) => stop(e));
      w.on('exit', (code) => {
        if (!settled && code !== 0)
          stop(new Error(`a simulation worker stopped with exit code ${code}`));
      });
    }
  });
}
