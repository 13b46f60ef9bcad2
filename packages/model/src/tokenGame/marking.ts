import type { ConditionData } from '../condition/evaluateCondition';

/**
 * A marking: how many tokens lie on each flow (by flow id) and on each start step not yet
 * fired (by step id) — SPEC.md TG-1. Only positive counts are stored; an absent id holds none.
 * Markings are immutable values: every operation returns a new one and shares nothing mutable.
 */
export type Marking = ReadonlyMap<string, number>;

/**
 * One fired step of a trace or run; `flowId` is the flow an xor chose, `flowIds` the flows an or
 * split took (one or more, any order). In a trace given to `acceptsTrace`, `data` is the case
 * data when the step fired (after earlier steps' `sets`), instead of the trace's `data`.
 */
export interface TraceStep {
  stepId: string;
  flowId?: string;
  flowIds?: readonly string[];
  data?: ConditionData;
}

/** The tokens on flow or start step `id`. Pure. */
export function tokensOn(marking: Marking, id: string): number {
  return marking.get(id) ?? 0;
}

/** The marking as a plain object (for JSON, snapshots and messages), ids sorted. Pure. */
export function markingToObject(marking: Marking): Record<string, number> {
  // A null-prototype object: an id `__proto__` stays an ordinary key.
  const out: Record<string, number> = Object.create(null);
  for (const id of [...marking.keys()].sort()) out[id] = marking.get(id)!;
  return out;
}
