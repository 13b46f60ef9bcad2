import type { ProcessDocument } from '@flowsmith/model';
import { emitMachineConfig, type CompileOptions } from './emitMachineConfig';
import { machineFromConfig, type TaskActors } from './machineFromConfig';

/** Options of {@link compileMachine}: the compiler's, plus actors for system tasks. */
export interface CompileMachineOptions extends Omit<CompileOptions, 'invokedTasks'> {
  /**
   * Actors that do the work of system tasks, by step id (e.g. `fromPromise(callErp)`). The task's
   * state invokes it: its output's `data` is merged into the case and the case moves on; if it
   * fails, the task stays open for a person to complete.
   */
  actors?: TaskActors;
}

/**
 * Compiles a process document into an XState v5 machine (SPEC.md CM-*). Pure. Equivalent to
 * `machineFromConfig(emitMachineConfig(document, options), options.actors)`. Throws a
 * CompileError naming the steps when the process cannot be compiled.
 */
export function compileMachine(document: ProcessDocument, options: CompileMachineOptions = {}) {
  const actors = options.actors ?? {};
  const invokedTasks = Object.keys(actors).filter((id) =>
    document.steps.some((s) => s.id === id && s.type === 'task' && s.kind === 'system'),
  );
  return machineFromConfig(emitMachineConfig(document, { ...options, invokedTasks }), actors);
}

/** The machine type {@link compileMachine} returns. */
export type ProcessMachine = ReturnType<typeof compileMachine>;
