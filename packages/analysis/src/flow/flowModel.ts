import {
  arrivalInterarrival,
  buildGraph,
  distributionMean,
  distributionScv,
  type Flow,
  type ProcessDocument,
  type ProcessGraph,
} from '@flowsmith/model';
import { calendarShare } from './calendarShare';

/** One flow as the flow maths sees it: the share of a step's visits that go along it. */
export interface Arc {
  from: number;
  to: number;
  /** Probability for an exclusive split, 1 for every branch of a parallel split. */
  weight: number;
  flow: Flow;
}

/** How a step hands a case on when it has more than one way out. */
export type SplitKind = 'none' | 'xor' | 'and';

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
  /** 1/k for a parallel join with k incoming flows (k tokens make one visit), else 1. */
  joinFactor: Float64Array;
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
    const kind: SplitKind = flows.length < 2 ? 'none' : step.type === 'xor' ? 'xor' : 'and';
    split[u] = kind;
    const weights = kind === 'xor' ? xorWeights(flows) : flows.map(() => 1);
    flows.forEach((flow, i) => {
      const arc: Arc = { from: u, to: graph.indexOf(flow.to), weight: weights[i]!, flow };
      out[u]!.push(arc);
      inc[arc.to]!.push(arc);
    });
  }
  for (let v = 0; v < n; v++) {
    if (graph.steps[v]!.type === 'and' && inc[v]!.length > 1) joinFactor[v] = 1 / inc[v]!.length;
  }
  const { source, arrivalRate, arrivalScv } = arrivals(doc, graph);
  return { graph, n, out, in: inc, split, joinFactor, source, arrivalRate, arrivalScv };
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
    const open = calendarShare(s.arrival?.calendar ? calendars.get(s.arrival.calendar) : undefined);
    const rate = mean > 0 && Number.isFinite(mean) ? open / mean : 0;
    starts.push({ index, rate, scv: inter && rate > 0 ? distributionScv(inter) : 1 });
  });
  const arrivalRate = starts.reduce((s, x) => s + x.rate, 0);
  for (const s of starts)
    source[s.index] = arrivalRate > 0 ? s.rate / arrivalRate : 1 / starts.length;
  const arrivalScv =
    arrivalRate > 0 ? starts.reduce((s, x) => s + (x.rate / arrivalRate) * x.scv, 0) : 1;
  return { source, arrivalRate, arrivalScv };
}
