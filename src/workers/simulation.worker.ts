/// <reference lib="webworker" />
/**
 * The simulation worker: prepares each document of a run once (`prepareSimulation`), then runs
 * the replications the panel hands it one at a time with `runReplication`, which yields between
 * slices of events so a `cancel` message gets in. Progress is posted at most every 100 ms.
 */
import type { ProcessDocument } from '@flowsmith/model';
import {
  prepareSimulation,
  runReplication,
  SimulationError,
  type SimulationPlan,
} from '@flowsmith/simulation';
import { cycleSample } from '../ui/simulation/cycleSample';
import type {
  RunProblem,
  WorkerRequest,
  WorkerResponse,
} from '../ui/simulation/simulationProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
/** Small slices: about 10 ms each, so progress moves and a cancel is honoured quickly. */
const SLICE_EVENTS = 20_000;
const PROGRESS_MS = 100;

let run = -1;
let cancelled = false;
const plans = new Map<number, SimulationPlan | RunProblem[]>();

const post = (m: WorkerResponse) => scope.postMessage(m);

function problemsOf(error: unknown): RunProblem[] {
  if (error instanceof SimulationError) return error.problems;
  return [
    { path: '', code: 'internal', message: error instanceof Error ? error.message : String(error) },
  ];
}

async function replicate(slot: number, index: number): Promise<void> {
  const current = run;
  const plan = plans.get(slot);
  if (!plan || Array.isArray(plan)) {
    post({ type: 'failed', run: current, slot, index, problems: Array.isArray(plan) ? plan : [] });
    return;
  }
  let last = 0;
  try {
    const result = await runReplication(plan, undefined, index, {
      recordTraces: true,
      sliceEvents: SLICE_EVENTS,
      signal: {
        get aborted() {
          return cancelled || run !== current;
        },
      },
      onProgress: (fraction) => {
        const now = performance.now();
        if (now - last < PROGRESS_MS && fraction < 1) return;
        last = now;
        post({ type: 'progress', run: current, slot, index, fraction });
      },
    });
    const cycles = cycleSample(result.traces ?? []);
    delete result.traces;
    post({ type: 'result', run: current, slot, index, result, cycles });
  } catch (error) {
    post({ type: 'failed', run: current, slot, index, problems: problemsOf(error) });
  }
}

scope.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const m = e.data;
  if (m.type === 'cancel') {
    if (m.run === run) cancelled = true;
    return;
  }
  if (m.run !== run) {
    run = m.run;
    cancelled = false;
    plans.clear();
  }
  if (m.type === 'plan') {
    const children = new Map<string, ProcessDocument>(m.children.map((d) => [d.id, d]));
    try {
      plans.set(
        m.slot,
        prepareSimulation(m.doc, m.scenario, {
          lang: m.lang,
          resolveProcess: (id) => children.get(id),
        }),
      );
    } catch (error) {
      plans.set(m.slot, problemsOf(error));
    }
    return;
  }
  void replicate(m.slot, m.index);
};
