import type { ConditionData } from '../condition/evaluateCondition';
import { reachableIndexes } from '../graph/reachableIndexes';
import type { ProcessDocument } from '../types/process';
import { gameIndex, markingKey } from './gameIndex';
import { initialMarking } from './initialMarking';
import type { Marking, TraceStep } from './marking';
import { moves } from './moves';

/** Options of {@link exploreStates}. */
export interface ExploreOptions {
  /** Stop after this many distinct markings (default 10,000); the report is then partial. */
  maxStates?: number;
  /** A marking with more tokens on one flow is not explored further and reported (default 3). */
  maxTokensPerFlow?: number;
  /** The start step; default the first. */
  startId?: string;
  /** Fixed case data for xor conditions; default none (every flow a case could take). */
  data?: ConditionData;
}

/** A reachable marking and the shortest trace that reaches it (start step first). */
export interface Witness {
  marking: Marking;
  trace: TraceStep[];
}

/** What {@link exploreStates} found (SPEC.md TG-14). Examples are shortest first, at most 10. */
export interface ExplorationReport {
  /** Distinct markings visited. */
  states: number;
  /** `maxStates` was reached: findings hold for the visited part only. */
  truncated: boolean;
  /** Some visited marking is complete (TG-8). */
  completionReachable: boolean;
  /** Every visited marking can still reach completion (no deadlock, no livelock). */
  alwaysCompletable: boolean;
  /** Markings where tokens remain and nothing can fire (TG-9). */
  deadlocks: Witness[];
  deadlockCount: number;
  /** Markings from which neither completion nor a deadlock can be reached: the case runs on for ever (TG-12). */
  livelocks: Witness[];
  livelockCount: number;
  /** Flows that held more than one token: lack of synchronisation (TG-10), document order. */
  unsafeFlows: string[];
  /** The first marking with more than one token on a flow. */
  unsafe?: Witness;
  /** Flows that exceeded `maxTokensPerFlow`: unbounded token growth (TG-10), document order. */
  unboundedFlows: string[];
  /** Steps never enabled in any visited marking, document order. */
  neverEnabled: string[];
}

const EXAMPLES = 10;

/**
 * Explores the markings a case can reach, breadth first, and reports deadlocks, livelocks,
 * lack of synchronisation, unbounded growth and steps that never run (SPEC.md TG-14). Pure and
 * deterministic. Markings not expanded (past `maxStates` or `maxTokensPerFlow`) are assumed
 * able to complete, so a truncated report never claims a livelock it has not seen.
 */
export function exploreStates(
  doc: ProcessDocument,
  options: ExploreOptions = {},
): ExplorationReport {
  const maxStates = options.maxStates ?? 10_000;
  const maxTokens = options.maxTokensPerFlow ?? 3;
  const ix = gameIndex(doc);
  const markings: Marking[] = [];
  const parent: number[] = [];
  const via: (TraceStep | undefined)[] = [];
  const expanded: boolean[] = [];
  const predecessors: number[][] = [];
  const seen = new Map<string, number>();
  const enabledSeen = new Set<string>();
  const unsafe = new Set<string>();
  const unbounded = new Set<string>();
  let unsafeAt = -1;
  let truncated = false;

  const visit = (m: Marking, key: string, from: number, step: TraceStep | undefined): number => {
    const known = seen.get(key);
    if (known !== undefined) return known;
    const i = markings.length;
    seen.set(key, i);
    markings.push(m);
    parent.push(from);
    via.push(step);
    expanded.push(false);
    predecessors.push([]);
    return i;
  };
  const initial = initialMarking(doc, options.startId);
  visit(initial, markingKey(ix, initial), -1, undefined);

  const successorsOf: number[][] = [];
  for (let i = 0; i < markings.length; i++) {
    const m = markings[i]!;
    successorsOf.push([]);
    let cut = false;
    for (const [id, n] of m) {
      if (n > 1 && ix.graph.flow(id)) {
        unsafe.add(id);
        if (unsafeAt < 0) unsafeAt = i;
      }
      if (n > maxTokens) {
        unbounded.add(id);
        cut = true;
      }
    }
    if (cut) continue;
    const next = moves(ix, m, options.data);
    const keys = next.map((mv) => markingKey(ix, mv.marking));
    if (markings.length >= maxStates && keys.some((k) => !seen.has(k))) {
      // Full: a marking that would add new ones stays unexpanded (and is assumed completable).
      truncated = true;
      continue;
    }
    expanded[i] = true;
    next.forEach((mv, k) => {
      enabledSeen.add(mv.step.stepId);
      const j = visit(mv.marking, keys[k]!, i, mv.step);
      successorsOf[i]!.push(j);
      predecessors[j]!.push(i);
    });
  }

  // Markings that can complete: backwards from complete markings and from unexpanded ones.
  const finishing: number[] = [];
  markings.forEach((m, i) => {
    if (m.size === 0 || !expanded[i]) finishing.push(i);
  });
  const canComplete = reachableIndexes(predecessors, finishing);

  const traceTo = (i: number): TraceStep[] => {
    const steps: TraceStep[] = [];
    for (let k = i; k > 0; k = parent[k]!) steps.push(via[k]!);
    return steps.reverse();
  };
  const witness = (i: number): Witness => ({ marking: markings[i]!, trace: traceTo(i) });
  // Trapped markings that can still reach a deadlock count with the deadlocks; the rest can
  // only fire on for ever without completing: livelocks.
  const deadlocks: number[] = [];
  markings.forEach((_, i) => {
    if (!canComplete[i] && successorsOf[i]!.length === 0) deadlocks.push(i);
  });
  const toDeadlock = reachableIndexes(predecessors, deadlocks, (p) => !canComplete[p]);
  const livelocks: number[] = [];
  markings.forEach((_, i) => {
    if (!canComplete[i] && !toDeadlock[i]) livelocks.push(i);
  });
  const inDocOrder = (ids: Set<string>): string[] =>
    ix.graph.flows.map((f) => f.id).filter((id) => ids.has(id));
  return {
    states: markings.length,
    truncated,
    completionReachable: markings.some((m) => m.size === 0),
    alwaysCompletable: deadlocks.length === 0 && livelocks.length === 0,
    deadlocks: deadlocks.slice(0, EXAMPLES).map(witness),
    deadlockCount: deadlocks.length,
    livelocks: livelocks.slice(0, EXAMPLES).map(witness),
    livelockCount: livelocks.length,
    unsafeFlows: inDocOrder(unsafe),
    ...(unsafeAt >= 0 ? { unsafe: witness(unsafeAt) } : {}),
    unboundedFlows: inDocOrder(unbounded),
    neverEnabled: ix.graph.steps.map((s) => s.id).filter((id) => !enabledSeen.has(id)),
  };
}
