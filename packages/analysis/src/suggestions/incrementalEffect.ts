import type { ProcessDocument, Role } from '@flowsmith/model';
import type { Figures } from '../flow/computeMetrics';
import { blockTime } from '../flow/cycleTree';
import { closedHoursStretch, roleFigures, type RoleLoad } from '../flow/roleFigures';
import { times } from '../flow/solveTraffic';
import { transitionsFrom, type TaskTransition } from '../flow/taskTransitions';
import type { PredictedEffect, RoleMetrics } from '../types';
import { keepsWeek } from './keepsWeek';
import { revisitLoop, type LoopRevisit } from './revisitLoop';
import type { StepChange, SuggestionChange } from './suggestionChange';

/** One sum of the cycle-time tree (the top level, or one branch of a parallel block) in linear form. */
interface SumNode {
  /** Σ weight × per-visit time, as analysed. */
  value: number;
  /** Σ weight of the node's tasks per role: how much a change of the role's wait moves it. */
  perRole: Map<string, number>;
  /** Blocks whose split is a term here: weight × the block's longest branch. */
  splits: Array<{ weight: number; block: number }>;
}

/**
 * The parts of an analysis a suggestion's effect is recomputed from without re-analysing the
 * whole process: the cycle-time tree in linear form (per role), each step's place in it, the
 * roles' loads and the hand-overs by step. Built once per analysis by {@link incrementalBase}.
 */
export interface IncrementalBase {
  figures: Figures;
  roles: Map<string, Role>;
  /** Per step: the nodes whose sums it is a term of, with its weight there. */
  memberOf: Array<Array<{ node: number; weight: number }>>;
  /** Node 0 is the top level; then the branches of each block in tree order. */
  nodes: SumNode[];
  /** Per block (tree order): its branches' node indexes. */
  blockNodes: number[][];
  /** Per step: the hand-overs (indexes into figures.transitions) it starts or ends. */
  transitionsOf: number[][];
  /** Per step: its wait per visit that is not its role's queue (a timer's, a subprocess's). */
  ownWait: Float64Array;
  /** Per role: the nodes with its tasks and their total weight there. */
  roleNodes: Map<string, Array<{ node: number; weight: number }>>;
  /** Per node: the block whose branch it is (-1: the top level). */
  nodeBlock: Int32Array;
  /** Per block: its split step. */
  blockSplit: Int32Array;
}

/** Builds the {@link IncrementalBase} of an analysis, or null when its figures are unbounded. Pure. */
export function incrementalBase(doc: ProcessDocument, figures: Figures): IncrementalBase | null {
  const { graph, tree, visits, metrics } = figures;
  const n = graph.steps.length;
  if (!Number.isFinite(metrics.cycleTime.mean) || visits.some((v) => !Number.isFinite(v)))
    return null;
  if (Object.values(metrics.roles).some((r) => !Number.isFinite(r.waitMean))) return null;
  const roles = new Map(doc.roles.map((r) => [r.id, r]));
  const { sojourn, service } = figures.times;
  const ownWait = new Float64Array(n);
  const roleOf = (i: number): string | undefined => {
    const s = graph.steps[i]!;
    return s.type === 'task' && s.role !== undefined && roles.has(s.role) ? s.role : undefined;
  };
  for (let i = 0; i < n; i++) ownWait[i] = roleOf(i) === undefined ? sojourn[i]! - service[i]! : 0;
  const memberOf: IncrementalBase['memberOf'] = graph.steps.map(() => []);
  const nodes: SumNode[] = [];
  const blockOfSplit = new Map<number, number>();
  tree.blocks.forEach((b, k) => blockOfSplit.set(b.split, k));
  const addNode = (terms: ReadonlyArray<{ step: number; weight: number }>): number => {
    const node: SumNode = { value: 0, perRole: new Map(), splits: [] };
    const index = nodes.push(node) - 1;
    for (const { step, weight } of terms) {
      node.value += times(weight, sojourn[step]!);
      const role = roleOf(step);
      if (role !== undefined) node.perRole.set(role, (node.perRole.get(role) ?? 0) + weight);
      const block = blockOfSplit.get(step);
      if (block !== undefined) node.splits.push({ weight, block });
      memberOf[step]!.push({ node: index, weight });
    }
    return index;
  };
  addNode(tree.top);
  const blockNodes = tree.blocks.map((b) => b.branches.map((br) => addNode(br.terms)));
  const transitionsOf: number[][] = graph.steps.map(() => []);
  figures.transitions.forEach((t, k) => {
    transitionsOf[t.from]!.push(k);
    if (t.to !== t.from) transitionsOf[t.to]!.push(k);
  });
  const roleNodes = new Map<string, Array<{ node: number; weight: number }>>();
  nodes.forEach((node, index) => {
    for (const [role, weight] of node.perRole) {
      const list = roleNodes.get(role) ?? [];
      list.push({ node: index, weight });
      roleNodes.set(role, list);
    }
  });
  const nodeBlock = new Int32Array(nodes.length).fill(-1);
  blockNodes.forEach((branches, k) => branches.forEach((node) => (nodeBlock[node] = k)));
  const blockSplit = Int32Array.from(tree.blocks, (b) => b.split);
  return {
    figures,
    roles,
    memberOf,
    nodes,
    blockNodes,
    transitionsOf,
    ownWait,
    roleNodes,
    nodeBlock,
    blockSplit,
  };
}

/**
 * The effect of `change` (after − before), computed from `base` alone: the changed roles' loads
 * and queues, the cycle-time tree re-evaluated with the new per-visit times, and the hand-overs
 * of the changed steps. Pure. Equals re-analysing the changed document (up to rounding), which
 * the property test in incrementalEffect.test.ts checks on generated processes.
 */
export function incrementalEffect(
  base: IncrementalBase,
  change: SuggestionChange,
): PredictedEffect | undefined {
  const { figures, roles } = base;
  const { graph, visits, metrics, model } = figures;
  const { service, second } = figures.times;
  if (!keepsWeek(base, change)) return undefined;
  // New probabilities: the loop they are in is re-solved; with other structural changes, or
  // when the loop cannot be re-solved alone, the full figures decide (undefined).
  let loop: LoopRevisit | null = null;
  if (change.probabilities) {
    for (const [i, c] of change.steps)
      if (c.removed || c.role !== unchanged(base, i).role) return undefined;
    loop = revisitLoop(figures, change.probabilities.decision, change.probabilities.flows);
    if (!loop) return undefined;
  }
  const visitsAfter = (i: number): number => loop?.visits.get(i) ?? visits[i]!;
  const affected = new Set<number>([...change.steps.keys(), ...(loop?.visits.keys() ?? [])]);
  const after = (i: number): StepChange => change.steps.get(i) ?? unchanged(base, i);
  // 1. Role loads and queues.
  const loads = new Map<string, RoleLoad>();
  const loadOf = (id: string): RoleLoad => {
    let l = loads.get(id);
    if (!l) loads.set(id, (l = { ...figures.roleLoads.get(id)! }));
    return l;
  };
  const oldRole = (i: number): string | undefined => {
    const s = graph.steps[i]!;
    return s.type === 'task' && s.role !== undefined && roles.has(s.role) ? s.role : undefined;
  };
  for (const i of affected) {
    const c = after(i);
    const v = visits[i]!;
    const before = oldRole(i);
    if (before !== undefined) {
      const l = loadOf(before);
      l.visits -= v;
      l.work -= times(v, service[i]!);
      l.moment2 -= times(v, second[i]!);
    }
    if (c.role !== undefined && roles.has(c.role)) {
      const l = loadOf(c.role);
      const w = visitsAfter(i);
      l.visits += w;
      l.work += times(w, c.service);
      l.moment2 += times(w, c.second);
    }
  }
  for (const id of change.capacity.keys()) loadOf(id);
  const roleAfter = new Map<string, RoleMetrics>();
  for (const [id, load] of loads) {
    const role = roles.get(id)!;
    const capacity = change.capacity.get(id);
    const r = metrics.roles[id]!;
    roleAfter.set(
      id,
      roleFigures(
        capacity === undefined ? role : { ...role, capacity },
        r.availability,
        clean(load),
        metrics.arrivalRate,
        model.arrivalScv,
      ),
    );
  }
  const waitAfter = (id: string | undefined): number =>
    id === undefined ? 0 : (roleAfter.get(id)?.waitMean ?? metrics.roles[id]!.waitMean);
  // Waiting for opening hours, per minute of work (the calendar, so the share, never changes here).
  const stretchOf = (id: string | undefined): number => {
    const r = id === undefined ? undefined : metrics.roles[id];
    return r ? closedHoursStretch(r.availability) : 0;
  };
  // 2. Cycle time: each node's sum moved by its roles' new waits and its changed steps.
  const nodeValue = Float64Array.from(base.nodes, (node) => node.value);
  for (const [id, r] of roleAfter) {
    const d = r.waitMean - metrics.roles[id]!.waitMean;
    if (d !== 0)
      for (const { node, weight } of base.roleNodes.get(id) ?? [])
        nodeValue[node] = nodeValue[node]! + times(weight, d);
  }
  // Weights that are local visits inside a parallel block whose split is in the re-solved loop
  // are per visit of that split: they do not scale with the loop's visits (the split's do).
  const localToLoop = (node: number): boolean => {
    const b = base.nodeBlock[node]!;
    return loop !== null && b >= 0 && loop.visits.has(base.blockSplit[b]!);
  };
  const scaleOf = (i: number): number => (visits[i]! > 0 ? visitsAfter(i) / visits[i]! : 1);
  if (loop && base.memberOf[change.probabilities!.decision]!.some((m) => localToLoop(m.node)))
    return undefined;
  for (const i of affected) {
    const c = after(i);
    const mid =
      service[i]! * (1 + stretchOf(oldRole(i))) + base.ownWait[i]! + waitAfter(oldRole(i));
    const ownWait = graph.steps[i]!.type === 'timer' ? c.timerWait : base.ownWait[i]!;
    const now = c.removed ? 0 : c.service * (1 + stretchOf(c.role)) + ownWait + waitAfter(c.role);
    // A loop's new visits scale its steps' weight wherever they count (local visits are linear in them).
    for (const { node, weight } of base.memberOf[i]!) {
      const scale = localToLoop(node) ? 1 : scaleOf(i);
      nodeValue[node] = nodeValue[node]! + times(weight, scale * now) - times(weight, mid);
    }
  }
  const longest = new Float64Array(base.blockNodes.length);
  const total = (node: number): number => {
    let value = nodeValue[node]!;
    for (const { weight, block } of base.nodes[node]!.splits) {
      const split = base.blockSplit[block]!;
      const scale = loop?.visits.has(split) && !localToLoop(node) ? scaleOf(split) : 1;
      value += times(weight * scale, longest[block]!);
    }
    return value;
  };
  base.blockNodes.forEach((branches, k) => {
    longest[k] = blockTime(
      figures.tree.blocks[k]!,
      branches.map((node) => total(node)),
    ).time;
  });
  const cycleTime = total(0);
  // 3. Cost, bottleneck, hand-overs.
  let cost = 0;
  let bottleneck: { role: string; utilization: number } | null = null;
  for (const [id, before] of Object.entries(metrics.roles)) {
    const r = roleAfter.get(id) ?? before;
    cost += r.costPerCase;
    if (r.workPerCase > 0 && (!bottleneck || r.utilization > bottleneck.utilization))
      bottleneck = { role: id, utilization: r.utilization };
  }
  cost += metrics.costPerCase - Object.values(metrics.roles).reduce((s, r) => s + r.costPerCase, 0);
  return {
    cycleTimeMean: delta(cycleTime, metrics.cycleTime.mean),
    costPerCase: delta(cost, metrics.costPerCase),
    handoffsPerCase: handoffDelta(base, change) + (loop ? loopHandoffDelta(base, loop) : 0),
    bottleneckUtilization: delta(
      bottleneck?.utilization ?? 0,
      metrics.bottleneck?.utilization ?? 0,
    ),
  };
}

/** Rounding left by subtracting a step's share from a role's load: a role left with no work has none. */
function clean(load: RoleLoad): RoleLoad {
  const tiny = (x: number) => (Math.abs(x) < 1e-12 ? 0 : x);
  return { ...load, visits: tiny(load.visits), work: tiny(load.work), moment2: tiny(load.moment2) };
}

function delta(after: number, before: number): number {
  return after === before ? 0 : after - before;
}

/** The change in hand-overs per case: transitions of changed steps re-judged, a removed step's in and out joined. */
function handoffDelta(base: IncrementalBase, change: SuggestionChange): number {
  const { graph, transitions, visits } = base.figures;
  const roleAfter = (i: number): string | undefined => {
    const c = change.steps.get(i);
    if (c) return c.role;
    const s = graph.steps[i]!;
    return s.type === 'task' ? s.role : undefined;
  };
  const roleBefore = (i: number): string | undefined => {
    const s = graph.steps[i]!;
    return s.type === 'task' ? s.role : undefined;
  };
  const differ = (a: string | undefined, b: string | undefined) =>
    a !== undefined && b !== undefined && a !== b;
  const seen = new Set<number>();
  let d = 0;
  for (const [i, c] of change.steps) {
    for (const k of base.transitionsOf[i]!) {
      if (seen.has(k)) continue;
      seen.add(k);
      const t = transitions[k]!;
      const was = differ(roleBefore(t.from), roleBefore(t.to)) ? t.rate : 0;
      const removed = change.steps.get(t.from)?.removed || change.steps.get(t.to)?.removed;
      const now = !removed && differ(roleAfter(t.from), roleAfter(t.to)) ? t.rate : 0;
      d += now - was;
    }
    if (!c.removed || !(visits[i]! > 0)) continue;
    if (
      base.transitionsOf[i]!.some((k) => transitions[k]!.from === i && transitions[k]!.to === i)
    ) {
      d += bypassRecount(base, i, roleAfter, differ);
      continue;
    }
    const into = base.transitionsOf[i]!.map((k) => transitions[k]!).filter((t) => t.to === i);
    const outOf = base.transitionsOf[i]!.map((k) => transitions[k]!).filter((t) => t.from === i);
    for (const a of into)
      for (const b of outOf)
        if (differ(roleAfter(a.from), roleAfter(b.to))) d += (a.rate * b.rate) / visits[i]!;
  }
  return d;
}

/** A step as it is (for a step whose only change is its visits). */
function unchanged(base: IncrementalBase, i: number): StepChange {
  const s = base.figures.graph.steps[i]!;
  const { service, second, timerWait } = base.figures.times;
  return {
    role: s.type === 'task' ? s.role : undefined,
    service: service[i]!,
    second: second[i]!,
    timerWait: timerWait[i]!,
    removed: false,
  };
}

/** The hand-overs recounted after a loop's new probabilities, minus the ones they replace. */
function loopHandoffDelta(base: IncrementalBase, loop: LoopRevisit): number {
  const { graph, transitions } = base.figures;
  const roleOf = (i: number) => {
    const s = graph.steps[i]!;
    return s.type === 'task' ? s.role : undefined;
  };
  const count = (t: TaskTransition) => {
    const a = roleOf(t.from);
    const b = roleOf(t.to);
    return a !== undefined && b !== undefined && a !== b ? t.rate : 0;
  };
  let d = 0;
  for (const t of loop.transitions) d += count(t);
  for (const i of loop.from)
    for (const k of base.transitionsOf[i]!)
      if (transitions[k]!.from === i) d -= count(transitions[k]!);
  return d;
}

/**
 * For a removed step that handed work to itself round a loop of gateways: the hand-overs of the
 * steps that handed work to it, recounted on the flows with it bypassed (the walk then cuts the
 * gateway loop, as the full count does), minus what they counted before apart from it. Pure.
 */
function bypassRecount(
  base: IncrementalBase,
  i: number,
  roleAfter: (i: number) => string | undefined,
  differ: (a: string | undefined, b: string | undefined) => boolean,
): number {
  const { model, transitions, visits } = base.figures;
  const next = model.out[i]![0]!.to;
  const out = model.out.slice();
  const ins = model.in.slice();
  const moved = model.in[i]!.map((a) => ({ ...a, to: next }));
  model.in[i]!.forEach((a, k) => {
    out[a.from] = out[a.from]!.map((x) => (x === a ? moved[k]! : x));
  });
  out[i] = [];
  ins[i] = [];
  ins[next] = [...model.in[next]!.filter((x) => x.from !== i), ...moved];
  const froms = [
    ...new Set(
      base.transitionsOf[i]!.map((k) => transitions[k]!)
        .filter((t) => t.to === i && t.from !== i)
        .map((t) => t.from),
    ),
  ];
  const count = (t: TaskTransition) => (differ(roleAfter(t.from), roleAfter(t.to)) ? t.rate : 0);
  let d = 0;
  for (const t of transitionsFrom({ ...model, out, in: ins }, visits, froms)) d += count(t);
  for (const a of froms)
    for (const k of base.transitionsOf[a]!) {
      const t = transitions[k]!;
      if (t.from === a && t.to !== i) d -= count(t);
    }
  return d;
}
