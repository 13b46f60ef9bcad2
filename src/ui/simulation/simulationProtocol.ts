/**
 * Messages between the simulation panel and its workers (src/workers/simulation.worker.ts).
 * A run has a number; a worker first receives the plan of each document of the run (slot 0 is
 * the open document, slot 1 the one it is compared with), then one replication at a time.
 */
import type { Lang, ProcessDocument } from '@flowsmith/model';
import type { ReplicationResult, Scenario } from '@flowsmith/simulation';
import type { CycleSample } from './cycleSample';

/** What the panel asks of a worker. */
export type WorkerRequest =
  | {
      type: 'plan';
      run: number;
      slot: number;
      doc: ProcessDocument;
      scenario: Scenario;
      children: ProcessDocument[];
      lang: Lang;
    }
  | { type: 'replicate'; run: number; slot: number; index: number }
  | { type: 'cancel'; run: number };

/** A replication's result without its traces, and the cycle-time sample taken from them. */
export interface ReplicationOutcome {
  result: ReplicationResult;
  cycles: CycleSample;
}

/** Why a run could not go on: the engine's problem (code, path, sentence), or `internal` for a crash. */
export interface RunProblem {
  path: string;
  code: string;
  message: string;
}

/** What a worker answers. `failed` with code `sim.cancelled` acknowledges a cancel. */
export type WorkerResponse =
  | { type: 'progress'; run: number; slot: number; index: number; fraction: number }
  | ({ type: 'result'; run: number; slot: number; index: number } & ReplicationOutcome)
  | { type: 'failed'; run: number; slot: number; index: number; problems: RunProblem[] };
