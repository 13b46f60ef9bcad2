/**
 * Compiler entry, step 1 of 2: a process document becomes the plain-JSON config of an XState v5
 * machine (SPEC.md). Life cycle: check the start step and the or-joins' pairing → build the
 * regions (buildRegion) → resolve
 * subprocesses into child configs, recursively, refusing cycles → throw a CompileError listing
 * the problems, or return the config. `machineFromConfig` (step 2) adds the implementations.
 */
import { buildGraph, type Lang, type ProcessDocument } from '@flowsmith/model';
import { CompileError, type RawProblem } from './CompileError';
import { buildMachineStates, StructureProblem, type BuildContext } from './buildRegion';
import { inclusivePairs } from './inclusivePairs';
import type { MachineJson } from './machineConfig';
import { stateKeys } from './stateKeys';

/** Options of the compiler. */
export interface CompileOptions {
  /** Timer durations (minutes) become `minutes × 60,000 × timeScale` ms; default 1 (real time). */
  timeScale?: number;
  /** The start step a case begins at; default the first start step in document order. */
  startStepId?: string;
  /** The document a subprocess step runs, by process id; `undefined` when unknown. */
  resolveProcess?: (processId: string) => ProcessDocument | undefined;
  /**
   * Step ids of the tasks whose work an invoked actor does (SPEC.md CM-TASK); default every system
   * task (`kind: "system"`) of the top process. `compileMachine` passes those it has actors for.
   */
  invokedTasks?: Iterable<string>;
  /** Language of CompileError messages; default `en`. */
  lang?: Lang;
}

/** The actor name under which the child machine of process `processId` is registered. */
export const processActorName = (processId: string): string => `process:${processId}`;

/**
 * The JSON config of the machine `document` compiles to (SPEC.md CM-*). Pure. Child machines of
 * subprocess steps are compiled too and listed in `children` by actor name. Throws a
 * {@link CompileError} naming the steps when the process cannot be compiled.
 */
export function emitMachineConfig(
  document: ProcessDocument,
  options: CompileOptions = {},
): MachineJson {
  const children: Record<string, MachineJson> = {};
  const problems: RawProblem[] = [];
  const root = compileOne(document, options, [document.id], children, problems, true);
  if (problems.length > 0 || root === undefined) throw new CompileError(problems, options.lang);
  if (Object.keys(children).length > 0) root.children = children;
  return root;
}

function compileOne(
  doc: ProcessDocument,
  options: CompileOptions,
  stack: string[],
  children: Record<string, MachineJson>,
  problems: RawProblem[],
  isRoot: boolean,
): MachineJson | undefined {
  const graph = buildGraph(doc);
  const startId = isRoot ? options.startStepId : undefined;
  const start = startId === undefined ? graph.startSteps[0] : graph.step(startId);
  if (start === undefined || start.type !== 'start') {
    problems.push(
      startId === undefined
        ? { code: 'no-start', ids: [], params: { processId: doc.id } }
        : { code: 'unknown-start', ids: [startId], params: { stepId: startId } },
    );
    return undefined;
  }
  const { joinOf, unpaired } = inclusivePairs(doc);
  if (unpaired.length > 0) {
    for (const stepId of unpaired)
      problems.push({ code: 'inclusive-join-without-split', ids: [stepId], params: { stepId } });
    return undefined;
  }
  const ctx: BuildContext = {
    graph,
    inclusiveJoins: joinOf,
    keys: stateKeys(doc),
    msPerMinute: 60_000 * (options.timeScale ?? 1),
    invokedTasks: new Set(isRoot ? (options.invokedTasks ?? systemTaskIds(doc)) : []),
    problems,
    lang: options.lang,
    subprocessActor: (step) => {
      const name = processActorName(step.process);
      if (stack.includes(step.process)) {
        problems.push({
          code: 'subprocess-cycle',
          ids: [step.id],
          params: { stepId: step.id, processId: step.process },
        });
        return undefined;
      }
      if (Object.hasOwn(children, name)) return name;
      const child = options.resolveProcess?.(step.process);
      if (child === undefined) {
        problems.push({
          code: 'subprocess-unresolved',
          ids: [step.id],
          params: { stepId: step.id, processId: step.process },
        });
        return undefined;
      }
      const config = compileOne(
        child,
        options,
        [...stack, step.process],
        children,
        problems,
        false,
      );
      if (config !== undefined) children[name] = config;
      return name;
    },
  };
  try {
    const region = buildMachineStates(ctx, start.id);
    return {
      id: machineId(doc.id),
      initial: region.initial,
      states: region.states,
      on: { SET_DATA: [{ actions: [{ type: 'setData' }] }] },
      processMeta: {
        id: doc.id,
        name: doc.name,
        ...(doc.language === undefined ? {} : { language: doc.language }),
        startStepId: start.id,
      },
    };
  } catch (e) {
    if (!(e instanceof StructureProblem)) throw e;
    problems.push(e.problem);
    return undefined;
  }
}

/** A machine id XState can use in state ids: the process id without `.` and `#`. Pure. */
function machineId(processId: string): string {
  const id = processId.replace(/[^\p{L}\p{N}_-]/gu, '_');
  return id === '' || id === '__proto__' ? 'process' : id;
}

/** The ids of the system tasks (`kind: "system"`) of `doc`, in document order. Pure. */
export function systemTaskIds(doc: ProcessDocument): string[] {
  return doc.steps.filter((s) => s.type === 'task' && s.kind === 'system').map((s) => s.id);
}
