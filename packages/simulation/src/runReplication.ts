import type { Lang, ProcessDocument } from '@flowsmith/model';
import { compileModel } from './engine/compileModel';
import type { CompiledModel } from './engine/CompiledModel';
import { Replication, type RecordOptions } from './engine/Replication';
import { roleLoads } from './engine/roleLoads';
import { message, SimulationError } from './messages';
import type { ReplicationResult } from './results';
import type { ResolvedScenario, Scenario } from './scenario/Scenario';
import { validateScenario } from './scenario/validateScenario';
import { resolveScenario } from './scenario/resolveScenario';

/** The part of an `AbortSignal` the engine reads (works with the DOM's and Node's). */
export interface CancelSignal {
  readonly aborted: boolean;
}

/** How to run: child documents, language of refusals, what to record, progress and cancel. */
export interface RunOptions extends RecordOptions {
  /** The document of a subprocess step's `process` id. */
  resolveProcess?: (id: string) => ProcessDocument | undefined;
  lang?: Lang;
  /** Called with the share done (0..1) between slices of events, and with 1 at the end. */
  onProgress?: (fraction: number) => void;
  /** Checked between slices: when aborted, the run stops with a `SimulationError` (`sim.cancelled`). */
  signal?: CancelSignal;
  /** Events per slice (default 200,000). */
  sliceEvents?: number;
}

/** A process and scenario checked and compiled once, ready for any number of replications. */
export interface SimulationPlan {
  model: CompiledModel;
  scenario: ResolvedScenario;
  /** Expected utilisation per role id (traffic equations), for warnings and refusals. */
  loads: Record<string, number>;
}

/**
 * Checks and compiles `doc` under `scenario` (a scenario file's object, validated here). Pure.
 * Throws a {@link SimulationError} for an invalid scenario, anything the engine cannot run,
 * or a role loaded to 100 % or more when the run has no case limit (its queue would grow
 * without end and the averages would mean nothing).
 */
export function prepareSimulation(
  doc: ProcessDocument,
  scenario: Scenario | ResolvedScenario,
  options: Pick<RunOptions, 'resolveProcess' | 'lang'> = {},
): SimulationPlan {
  // H3: a resolved scenario takes this document's simulation settings (SIM-SCN-5).
  const resolved = isResolved(scenario)
    ? resolveScenario(scenario, doc)
    : resolve(scenario, doc, options.lang);
  const model = compileModel(doc, resolved, options);
  const loadList = roleLoads(model);
  const loads: Record<string, number> = Object.create(null) as Record<string, number>;
  model.roles.forEach((r, i) => (loads[r.id] = loadList[i]!));
  if (resolved.cases === Number.MAX_SAFE_INTEGER) {
    const unstable = model.roles.filter((_, i) => loadList[i]! >= 1);
    if (unstable.length) {
      throw new SimulationError(
        unstable.map((r) => ({
          path: r.id,
          code: 'sim.unstable' as const,
          message: message(
            'sim.unstable',
            { role: r.id, utilization: `${Math.round(loads[r.id]! * 100)} %` },
            options.lang,
          ),
        })),
      );
    }
  }
  return { model, scenario: resolved, loads };
}

/**
 * Runs replication `index` of `doc` under `scenario`, in slices so that `onProgress` is called
 * and `signal` honoured between them (yielding to the event loop, so a worker can receive a
 * cancel message). Deterministic: the same document, scenario and index give the same result.
 */
export async function runReplication(
  doc: ProcessDocument | SimulationPlan,
  scenario: Scenario | ResolvedScenario | undefined,
  index: number,
  options: RunOptions = {},
): Promise<ReplicationResult> {
  const rep = replicationOf(doc, scenario, index, options);
  while (!runSlice(rep, options)) {
    await yieldToEventLoop();
    if (options.signal?.aborted) throw cancelled(options.lang);
  }
  options.onProgress?.(1);
  return rep.result();
}

/** {@link runReplication} without yielding: for tests, benchmarks and worker threads that need no cancel. */
export function runReplicationSync(
  doc: ProcessDocument | SimulationPlan,
  scenario: Scenario | ResolvedScenario | undefined,
  index: number,
  options: RunOptions = {},
): ReplicationResult {
  const rep = replicationOf(doc, scenario, index, options);
  while (!runSlice(rep, options)) continue;
  options.onProgress?.(1);
  return rep.result();
}

/** Replication `index`, from a prepared plan or from the document and scenario. */
function replicationOf(
  doc: ProcessDocument | SimulationPlan,
  scenario: Scenario | ResolvedScenario | undefined,
  index: number,
  options: RunOptions,
): Replication {
  const plan = 'model' in doc ? doc : prepareSimulation(doc, scenario ?? {}, options);
  return new Replication(plan.model, plan.scenario, index, options);
}

/**
 * Runs one slice of events; true once the replication is over. Between slices it honours the
 * signal (throws the cancel error) and reports progress.
 */
function runSlice(rep: Replication, options: RunOptions): boolean {
  if (rep.run(options.sliceEvents ?? 200_000)) return true;
  if (options.signal?.aborted) throw cancelled(options.lang);
  options.onProgress?.(rep.progress());
  return false;
}

function cancelled(lang?: Lang): SimulationError {
  return new SimulationError([
    { path: '', code: 'sim.cancelled', message: message('sim.cancelled', {}, lang) },
  ]);
}

function isResolved(s: Scenario | ResolvedScenario): s is ResolvedScenario {
  return (
    'warmupCases' in s &&
    'calendarMode' in s &&
    typeof s.horizon === 'number' &&
    'overrides' in s &&
    'sla' in s
  );
}

function resolve(s: Scenario, doc: ProcessDocument, lang?: Lang): ResolvedScenario {
  const r = validateScenario(s, { document: doc, lang });
  if (!r.ok) throw new SimulationError(r.problems);
  return r.scenario;
}

type Timer = (fn: () => void, ms: number) => unknown;

/** Lets queued messages (a cancel) in; setTimeout exists in browsers, workers and Node alike. */
function yieldToEventLoop(): Promise<void> {
  const timer = (globalThis as { setTimeout?: Timer }).setTimeout;
  return new Promise((resolve) => (timer ? timer(resolve, 0) : resolve()));
}
