import type { Flow } from '../types/flow';
import type { ProcessDocument } from '../types/process';
import type { Step } from '../types/step';

/**
 * Read-only indexes over one process document: O(1) look-ups of steps and flows, and the
 * flows entering and leaving each step. Built once per document by {@link buildGraph}.
 *
 * Steps are also numbered by their position in `document.steps` (the "index"), which the
 * graph algorithms use as their deterministic tie-break and as array keys.
 */
export interface ProcessGraph {
  /** The document the graph was built from (not copied: do not mutate it). */
  readonly document: ProcessDocument;
  /** The steps, in document order. */
  readonly steps: readonly Step[];
  /** The flows, in document order. */
  readonly flows: readonly Flow[];
  /** The step with this id, or `undefined`. */
  step(id: string): Step | undefined;
  /** The flow with this id, or `undefined`. */
  flow(id: string): Flow | undefined;
  /** The position of step `id` in `steps`, or -1 when there is no such step. */
  indexOf(id: string): number;
  /** The flows leaving step `id`, in document order (empty for an unknown id). */
  outgoing(id: string): readonly Flow[];
  /** The flows entering step `id`, in document order (empty for an unknown id). */
  incoming(id: string): readonly Flow[];
  /** The distinct steps that flows from `id` lead to, in order of first flow. */
  successors(id: string): readonly string[];
  /** The distinct steps with a flow into `id`, in order of first flow. */
  predecessors(id: string): readonly string[];
  /** Successor step indexes per step index (distinct, in flow order); for algorithms. */
  readonly successorIndexes: readonly (readonly number[])[];
  /** Predecessor step indexes per step index (distinct, in flow order); for algorithms. */
  readonly predecessorIndexes: readonly (readonly number[])[];
  /** The start steps, in document order. */
  readonly startSteps: readonly Step[];
  /** The end steps, in document order. */
  readonly endSteps: readonly Step[];
  /** Flows whose `from` or `to` names no step: kept out of every index above. */
  readonly danglingFlows: readonly Flow[];
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * Builds the {@link ProcessGraph} of `doc` in O(steps + flows). Pure: the document is only read.
 *
 * A flow is indexed only when both of its ends name existing steps; others are listed in
 * `danglingFlows` (a drawing in progress may hold them). Duplicate step ids keep the first step.
 */
export function buildGraph(doc: ProcessDocument): ProcessGraph {
  const steps = doc.steps;
  const flows = doc.flows;
  // Maps, not objects: ids such as `__proto__` or `constructor` must be ordinary keys.
  const stepIndex = new Map<string, number>();
  steps.forEach((s, i) => {
    if (!stepIndex.has(s.id)) stepIndex.set(s.id, i);
  });
  const flowById = new Map<string, Flow>();
  const out: Flow[][] = steps.map(() => []);
  const inc: Flow[][] = steps.map(() => []);
  const succ: number[][] = steps.map(() => []);
  const pred: number[][] = steps.map(() => []);
  const dangling: Flow[] = [];
  for (const f of flows) {
    if (!flowById.has(f.id)) flowById.set(f.id, f);
    const from = stepIndex.get(f.from);
    const to = stepIndex.get(f.to);
    if (from === undefined || to === undefined) {
      dangling.push(f);
      continue;
    }
    out[from]!.push(f);
    inc[to]!.push(f);
    if (!succ[from]!.includes(to)) succ[from]!.push(to);
    if (!pred[to]!.includes(from)) pred[to]!.push(from);
  }
  const succIds = succ.map((list) => list.map((i) => steps[i]!.id));
  const predIds = pred.map((list) => list.map((i) => steps[i]!.id));
  const at = <T>(table: readonly (readonly T[])[], id: string): readonly T[] => {
    const i = stepIndex.get(id);
    return i === undefined ? NONE : table[i]!;
  };
  return {
    document: doc,
    steps,
    flows,
    step: (id) => {
      const i = stepIndex.get(id);
      return i === undefined ? undefined : steps[i];
    },
    flow: (id) => flowById.get(id),
    indexOf: (id) => stepIndex.get(id) ?? -1,
    outgoing: (id) => at(out, id),
    incoming: (id) => at(inc, id),
    successors: (id) => at(succIds, id),
    predecessors: (id) => at(predIds, id),
    successorIndexes: succ,
    predecessorIndexes: pred,
    startSteps: steps.filter((s) => s.type === 'start'),
    endSteps: steps.filter((s) => s.type === 'end'),
    danglingFlows: dangling,
  };
}
