import {
  arrivalInterarrival,
  buildGraph,
  pairInclusiveJoins,
  distributionMean,
  distributionScv,
  type Flow,
  type ProcessDocument,
  type ProcessGraph,
} from '@flowsmith/model';
import { calendarShare } from './calendarShare';
import { wallClockRate } from '../calendarWait/wallClockRate';
import { weekProfile } from '../calendarWait/weekProfile';
import type { Blocks } from './solveTraffic';
import { tokensPerVisit } from './tokensPerVisit';
import { orWeights } from './inclusiveGateways';

/** One flow as the flow maths sees it: the share of a step's visits that go along it. */
export interface Arc {
  from: number;
  to: number;
  /**
   * Probability for an exclusive split, 1 for every branch of a parallel split, the chance the
   * branch is taken for an inclusive (or) split.
   */
  weight: number;
  flow: Flow;
}

/** How a step hands a case on when it has more than one way out. */
export type SplitKind = 'none' | 'xor' | 'and' | 'or';

/**
 * The branching structure of a process as numbers: arcs with weights, the damping of parallel
 * joins, where cases enter and how fast. Built once per analysis by {@link buildFlowModel}.
 */
export interface FlowModel {
  graph: ProcessGraph;
  n: number;
  out: Arc[][];
  in: Arc[][];
  split: SplitKind[];
  /**
   * 1/k for a parallel join with k incoming flows (k tokens make one visit); 1/E for an
   * inclusive join whose split sends it E tokens per visit on average (set by
   * {@link dampInclusiveJoins}); else 1.
   */
  joinFactor: Float64Array;
  /** Per `or` split: its paired inclusive join (-1: none). */
  orJoinOf: Int32Array;
  /** Per inclusive join: its paired `or` split (-1: none — the `or-join` finding). */
  orSplitOf: Int32Array;
  /** Share of new cases entering at each step (sums to 1 over the start steps, if any). */
  source: Float64Array;
  /** New cases per minute over all start steps; 0 when none has an arrival. */
  arrivalRate: number;
  /** Squared coefficient of variation of the inter-arrival times (rate-weighted over starts). */
  arrivalScv: number;
}

/**
 * Reads the branching of `doc` into a {@link FlowModel}. Pure.
 *
 * An xor split uses its flows' probabilities; flows without one share what is left equally,
 * and the total is scaled to 1 (the `probabilities` rule reports sums that are off). Any other
 * step with several flows out is a parallel split — an and gateway, and, as in the model's token
 * game (SPEC.md TG-3, TG-4), a start, task, timer or subprocess too: each branch gets every visit.
 */
export function buildFlowModel(
  doc: ProcessDocument,
  graph: ProcessGraph = buildGraph(doc),
): FlowModel {
  const n = graph.steps.length;
  const out: Arc[][] = graph.steps.map(() => []);
  const inc: Arc[][] = graph.steps.map(() => []);
  const split: SplitKind[] = graph.steps.map(() => 'none');
  const joinFactor = new Float64Array(n).fill(1);
  for (let u = 0; u < n; u++) {
    const step = graph.steps[u]!;
    const flows = graph.outgoing(step.id);
    if (graph.indexOf(step.id) !== u) continue; // a duplicate id: the graph keeps the first
    const kind: SplitKind =
      flows.length < 2 ? 'none' : step.type === 'xor' ? 'xor' : step.type === 'or' ? 'or' : 'and';
    split[u] = kind;
    const weights =
      kind === 'xor' ? xorWeights(flows) : kind === 'or' ? orWeights(flows) : flows.map(() => 1);
    flows.forEach((flow, i) => {
      const arc: Arc = { from: u, to: graph.indexOf(flow.to), weight: weights[i]!, flow };
      out[u]!.push(arc);
      inc[arc.to]!.push(arc);
    });
  }
  for (let v = 0; v < n; v++) {
    if (graph.steps[v]!.type === 'and' && inc[v]!.length > 1) joinFactor[v] = 1 / inc[v]!.length;
  }
  // Inclusive joins pair with their splits as the model says (CONTRACTS "OR"); how many tokens
  // one visit of the split sends to its join is set once the visits are known (computeFigures).
  const orJoinOf = new Int32Array(n).fill(-1);
  const orSplitOf = new Int32Array(n).fill(-1);
  if (graph.steps.some((s) => s.type === 'or')) {
    for (const [join, splitId] of pairInclusiveJoins(graph).splitOf) {
      const j = graph.indexOf(join);
      const s = graph.indexOf(splitId);
      orSplitOf[j] = s;
      orJoinOf[s] = j;
    }
  }
  const { source, arrivalRate, arrivalScv } = arrivals(doc, graph);
  return {
    graph,
    n,
    out,
    in: inc,
    split,
    joinFactor,
    orJoinOf,
    orSplitOf,
    source,
    arrivalRate,
    arrivalScv,
  };
}

/** Probabilities of an exclusive split, completed and scaled to sum to 1. Pure. */
export function xorWeights(flows: readonly Flow[]): number[] {
  const given = flows.map((f) =>
    typeof f.probability === 'number' && Number.isFinite(f.probability) && f.probability >= 0
      ? f.probability
      : undefined,
  );
  const known = given.reduce<number>((s, p) => s + (p ?? 0), 0);
  const missing = given.filter((p) => p === undefined).length;
  const rest = missing > 0 ? Math.max(0, 1 - known) / missing : 0;
  const raw = given.map((p) => p ?? rest);
  const total = raw.reduce((s, p) => s + p, 0);
  return total > 0 ? raw.map((p) => p / total) : flows.map(() => 1 / flows.length);
}

function arrivals(doc: ProcessDocument, graph: ProcessGraph) {
  const n = graph.steps.length;
  const source = new Float64Array(n);
  const calendars = new Map((doc.calendars ?? []).map((c) => [c.id, c]));
  const starts: Array<{ index: number; rate: number; scv: number }> = [];
  graph.steps.forEach((s, index) => {
    if (s.type !== 'start' || graph.indexOf(s.id) !== index) return;
    const inter = arrivalInterarrival(s.arrival, doc.calendars);
    const mean = inter ? distributionMean(inter) : 0;
    const calendar = s.arrival?.calendar ? calendars.get(s.arrival.calendar) : undefined;
    const open = calendarShare(calendar);
    // Gaps in clock time, closed-hours arrivals moved to the opening: one more per closed stretch
    // that a gap falls into (the wall-clock rule, docs/analysis.md §2).
    const rate =
      !(mean > 0) || !Number.isFinite(mean)
        ? 0
        : calendar && s.arrival?.rule === 'wallClock'
          ? wallClockRate(weekProfile(calendar), mean)
          : open / mean;
    starts.push({ index, rate, scv: inter && rate > 0 ? distributionScv(inter) : 1 });
  });
  const arrivalRate = starts.reduce((s, x) => s + x.rate, 0);
  for (const s of starts)
    source[s.index] = arrivalRate > 0 ? s.rate / arrivalRate : 1 / starts.length;
  const arrivalScv =
    arrivalRate > 0 ? starts.reduce((s, x) => s + (x.rate / arrivalRate) * x.scv, 0) : 1;
  return { source, arrivalRate, arrivalScv };
}

/**
 * Makes every paired inclusive join fire once per visit of its split: its join factor becomes
 * 1/E, E the tokens its incoming flows carry per visit of the split (traffic equations from the
 * split, {@link tokensPerVisit}), and the traffic equations are solved again; repeated while
 * nested joins still move (at most 8 rounds). Updates `model.joinFactor` and `visits` in place.
 */
export function dampInclusiveJoins(
  model: FlowModel,
  blocks: Blocks,
  visits: Float64Array,
  solve: () => void,
): void {
  const joins: number[] = [];
  for (let j = 0; j < model.n; j++) if (model.orSplitOf[j]! >= 0) joins.push(j);
  if (joins.length === 0) return;
  const scratch = { stamp: new Int32Array(model.n), local: new Float64Array(model.n), mark: 0 };
  for (let round = 0; round < 8; round++) {
    let moved = false;
    for (const j of joins) {
      const s = model.orSplitOf[j]!;
      if (!(visits[s]! > 0) || !Number.isFinite(visits[s]!)) continue;
      const tokens = tokensPerVisit(model, blocks, s, j, scratch, visits).reduce(
        (sum, t) => sum + t.tokens,
        0,
      );
      const factor = tokens > 0 && Number.isFinite(tokens) ? 1 / tokens : 1;
      if (Math.abs(factor - model.joinFactor[j]!) > 1e-12) {
        model.joinFactor[j] = factor;
        moved = true;
      }
    }
    if (!moved) return;
    solve();
  }
}
