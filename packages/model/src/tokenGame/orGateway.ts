import { ConditionError } from '../condition/ConditionError';
import { tryEvaluateCondition, type ConditionData } from '../condition/evaluateCondition';
import { pairInclusiveJoins } from '../graph/pairInclusiveJoins';
import type { Flow } from '../types/flow';
import type { GameIndex } from './gameIndex';
import type { Marking } from './marking';

/** Most outgoing flows an or split may have for the game to list its choices (2^12 − 1 sets). */
export const MAX_OR_BRANCHES = 12;

/**
 * The sets of outgoing flows an `or` split may put tokens on (SPEC.md TG-17), each in document
 * order, the sets in order of their first differing flow. Pure.
 *
 * With case data, when some flow has a condition: exactly one set — the non-default flows whose
 * condition holds and those without a condition; if none, the default flows; if there is no
 * default either, the flow with the highest `probability` (document order on ties). Without
 * data (or without any condition): every non-empty set of non-default flows, plus each default
 * flow alone (none drawn). Probabilities are for the simulator; the game ignores them.
 */
export function orFlowSets(
  ix: GameIndex,
  outgoing: readonly Flow[],
  data: ConditionData | undefined,
): Flow[][] {
  if (outgoing.length <= 1) return [[...outgoing]];
  const defaults = outgoing.filter((f) => f.default === true);
  const open = outgoing.filter((f) => f.default !== true);
  if (data !== undefined && outgoing.some((f) => f.condition !== undefined)) {
    const taken = open.filter((f) => f.condition === undefined || holds(ix, f, data));
    if (taken.length > 0) return [taken];
    if (defaults.length > 0) return [defaults];
    const best = open.reduce((a, b) => ((b.probability ?? 0) > (a.probability ?? 0) ? b : a));
    return [[best]];
  }
  const sets: Flow[][] = [];
  const k = Math.min(open.length, MAX_OR_BRANCHES);
  for (let mask = 1; mask < 1 << k; mask++) {
    sets.push(open.filter((_, i) => i < k && (mask & (1 << i)) !== 0));
  }
  for (const d of defaults) sets.push([d]);
  return sets;
}

function holds(ix: GameIndex, f: Flow, data: ConditionData): boolean {
  const ast = ix.conditions.get(f.id);
  if (ast === undefined || ast instanceof ConditionError) return false;
  const r = tryEvaluateCondition(ast, data);
  return r.ok && r.value;
}

// Per index (so per document): the flows each or join waits on.
const regions = new WeakMap<GameIndex, Map<string, ReadonlySet<string>>>();

/**
 * The flows whose tokens an `or` join `joinId` waits for (SPEC.md TG-18): with its paired split
 * S (`pairInclusiveJoins`), the flows leaving S or a step S reaches without passing the join,
 * that enter the join or a step that reaches it without passing S — the branches S started and
 * nothing from before S (a later loop round). An unpaired join waits for every flow it can be
 * reached from without passing itself. Cached per document. Pure.
 */
export function orJoinRegion(ix: GameIndex, joinId: string): ReadonlySet<string> {
  let byJoin = regions.get(ix);
  if (byJoin === undefined) {
    byJoin = new Map();
    regions.set(ix, byJoin);
  }
  let region = byJoin.get(joinId);
  if (region === undefined) {
    region = computeRegion(ix, joinId);
    byJoin.set(joinId, region);
  }
  return region;
}

function computeRegion(ix: GameIndex, joinId: string): ReadonlySet<string> {
  const g = ix.graph;
  const splitId = pairInclusiveJoins(g).splitOf.get(joinId);
  const avoid = new Set([joinId, ...(splitId === undefined ? [] : [splitId])]);
  const walk = (from: string, next: (id: string) => readonly string[]) => {
    const seen = new Set<string>([from]);
    const queue = [from];
    while (queue.length > 0) {
      for (const n of next(queue.pop()!)) {
        if (seen.has(n)) continue;
        seen.add(n);
        if (!avoid.has(n)) queue.push(n);
      }
    }
    return seen;
  };
  const toJoin = walk(joinId, (id) => g.predecessors(id));
  const fromSplit = splitId === undefined ? undefined : walk(splitId, (id) => g.successors(id));
  const region = new Set<string>();
  for (const f of g.flows) {
    if (g.indexOf(f.from) < 0 || g.indexOf(f.to) < 0) continue;
    // the flow's target leads on to the join without passing the split (or is the join) …
    const reachesJoin = f.to === joinId || (toJoin.has(f.to) && !avoid.has(f.to));
    // … and its source is the split or lies after it, before the join
    const afterSplit =
      fromSplit === undefined ||
      f.from === splitId ||
      (fromSplit.has(f.from) && !avoid.has(f.from));
    if (reachesJoin && afterSplit) region.add(f.id);
  }
  return region;
}

/**
 * Whether `or` join `joinId` may fire: a token waits on one of its incoming flows and no token
 * lies on a flow of its region (`orJoinRegion`) other than its incoming flows. Pure.
 */
export function orJoinReady(ix: GameIndex, marking: Marking, joinId: string): boolean {
  const incoming = ix.graph.incoming(joinId);
  if (!incoming.some((f) => marking.has(f.id))) return false;
  const region = orJoinRegion(ix, joinId);
  for (const id of marking.keys()) {
    if (region.has(id) && !incoming.some((f) => f.id === id)) return false;
  }
  return true;
}
