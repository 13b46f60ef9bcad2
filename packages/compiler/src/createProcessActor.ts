import { createActor, type Actor, type ActorOptions } from 'xstate';
import type { ProcessDocument } from '@flowsmith/model';
import { compileMachine, type CompileMachineOptions, type ProcessMachine } from './compileMachine';
import type { CaseData } from './processEvents';

/** Options of {@link createProcessActor}. */
export interface ProcessActorOptions extends CompileMachineOptions {
  /** The case's data (what conditions read); copied into `context.data`. */
  data?: CaseData;
  /** A clock for timers, e.g. XState's `SimulatedClock` in tests and replays. */
  clock?: ActorOptions<ProcessMachine>['clock'];
}

/** A running case: an XState actor of a compiled process. */
export type ProcessActor = Actor<ProcessMachine>;

/**
 * Starts a case (SPEC.md CM-RUN): compiles `process` when it is a document (the compile options
 * apply), creates an actor with `input: { data }` and starts it. Drive it with `actor.send(event)`
 * and read `availableActions(actor.getSnapshot())`. Throws a CompileError for a process that
 * cannot be compiled.
 */
export function createProcessActor(
  process: ProcessDocument | ProcessMachine,
  options: ProcessActorOptions = {},
): ProcessActor {
  const machine = isDocument(process) ? compileMachine(process, options) : process;
  const actor = createActor(machine, {
    input: { data: options.data ?? {} },
    ...(options.clock === undefined ? {} : { clock: options.clock }),
  });
  actor.start();
  return actor;
}

function isDocument(p: ProcessDocument | ProcessMachine): p is ProcessDocument {
  return (p as { format?: unknown }).format === 'flowsmith.process';
}
