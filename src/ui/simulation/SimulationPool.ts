/**
 * A pool of simulation workers. A run's replications (of one document, or of two compared with
 * the same seeds) are handed out one at a time to whichever worker is free, so `size` workers
 * keep `size` cores busy and one worker simply runs them in sequence. Progress is the share of
 * all replications done. Framework-free: the worker factory is injected (tests pass fakes).
 */
import type { Lang, ProcessDocument } from '@flowsmith/model';
import type { Scenario } from '@flowsmith/simulation';
import type {
  ReplicationOutcome,
  RunProblem,
  WorkerRequest,
  WorkerResponse,
} from './simulationProtocol';

/** The part of a `Worker` the pool uses. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  onmessage: ((event: { data: WorkerResponse }) => void) | null;
  terminate(): void;
}

/** One document of a run: the process, its scenario and the processes its subprocess steps call. */
export interface RunDocument {
  doc: ProcessDocument;
  scenario: Scenario;
  children: ProcessDocument[];
}

/** How a run ended: every replication of every document (by slot, in index order), a failure, or a cancel. */
export type RunOutcome =
  | { status: 'done'; slots: ReplicationOutcome[][]; ms: number }
  | { status: 'failed'; slot: number; problems: RunProblem[] }
  | { status: 'cancelled' };

/** A run in progress: its outcome, and a way to stop it. */
export interface RunHandle {
  outcome: Promise<RunOutcome>;
  cancel(): void;
}

/** See the module comment. */
export class SimulationPool {
  private readonly workers: WorkerLike[] = [];
  private runNumber = 0;

  constructor(
    private readonly createWorker: () => WorkerLike,
    readonly size: number,
  ) {}

  /**
   * Runs `replications` replications of each document; `onProgress` gets the share done (0..1).
   * Starting a run while another is going cancels the other.
   */
  run(
    docs: readonly RunDocument[],
    replications: number,
    lang: Lang,
    onProgress: (fraction: number) => void,
  ): RunHandle {
    const run = ++this.runNumber;
    const started = performanceNow();
    const tasks: Array<[slot: number, index: number]> = [];
    for (let index = 0; index < replications; index++)
      for (let slot = 0; slot < docs.length; slot++) tasks.push([slot, index]);
    const done = new Map<string, number>();
    const slots: ReplicationOutcome[][] = docs.map(() => []);
    let next = 0;
    let finished = 0;
    let settle: (o: RunOutcome) => void = () => undefined;
    const outcome = new Promise<RunOutcome>((resolve) => (settle = resolve));
    const workers = this.ensure(Math.min(this.size, tasks.length));

    const report = () => {
      let sum = 0;
      for (const f of done.values()) sum += f;
      onProgress(tasks.length ? sum / tasks.length : 1);
    };
    const stop = (o: RunOutcome) => {
      if (this.runNumber === run) this.runNumber++; // later messages of this run are ignored
      for (const w of workers) w.postMessage({ type: 'cancel', run });
      settle(o);
    };
    const feed = (w: WorkerLike) => {
      const task = tasks[next++];
      if (task) w.postMessage({ type: 'replicate', run, slot: task[0], index: task[1] });
    };

    for (const w of workers) {
      w.onmessage = ({ data: m }) => {
        if (m.run !== run || this.runNumber !== run) return;
        const key = `${m.slot}:${m.index}`;
        if (m.type === 'progress') {
          done.set(key, m.fraction);
          report();
        } else if (m.type === 'failed') {
          stop({ status: 'failed', slot: m.slot, problems: m.problems });
        } else {
          done.set(key, 1);
          slots[m.slot]![m.index] = { result: m.result, cycles: m.cycles };
          report();
          if (++finished === tasks.length) {
            this.runNumber++;
            settle({ status: 'done', slots, ms: performanceNow() - started });
          } else feed(w);
        }
      };
      docs.forEach((d, slot) =>
        w.postMessage({
          type: 'plan',
          run,
          slot,
          doc: d.doc,
          scenario: d.scenario,
          children: d.children,
          lang,
        }),
      );
      feed(w);
    }
    if (tasks.length === 0) settle({ status: 'done', slots, ms: 0 });
    return { outcome, cancel: () => this.runNumber === run && stop({ status: 'cancelled' }) };
  }

  /** Stops every worker; the pool can be used again (workers are created on demand). */
  dispose(): void {
    this.runNumber++;
    for (const w of this.workers.splice(0)) w.terminate();
  }

  private ensure(count: number): WorkerLike[] {
    while (this.workers.length < count) this.workers.push(this.createWorker());
    return this.workers.slice(0, Math.max(count, 0));
  }
}

function performanceNow(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
