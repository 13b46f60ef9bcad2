import {
  arrivalInterarrival,
  distributionMean,
  type ProcessDocument,
  type Step,
} from '@flowsmith/model';
import type { EventLog } from '../log/eventLog';
import { maxConcurrency } from '../discover/maxConcurrency';

/** One parameter of a known document beside the one discovered from its log. */
export interface ParameterRow {
  kind: 'duration' | 'arrival' | 'probability' | 'capacity';
  /** What it is: a task's name, `arrival`, a split's branch (`A | B → A`), a role id. */
  name: string;
  known: number;
  found?: number;
  /** Relative error for means, absolute for probabilities, difference for capacities. */
  error?: number;
  pass: boolean;
}

/** Tolerances of the round trip (issue 19): means 5 %, probabilities 0.02, capacities exact. */
export const ROUND_TRIP_TOLERANCES = { mean: 0.05, probability: 0.02 } as const;

/**
 * The first tasks, timers and ends reached from `stepId` through gateways, by name, sorted and
 * joined: what a branch of a split leads to, the same for a drawn and a discovered document.
 */
function leadsTo(doc: ProcessDocument, stepId: string): string {
  const byId = new Map(doc.steps.map((s) => [s.id, s]));
  const found = new Set<string>();
  const seen = new Set<string>();
  const walk = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const s: Step | undefined = byId.get(id);
    if (!s) return;
    if (s.type === 'task' || s.type === 'timer' || s.type === 'subprocess') found.add(s.name);
    else if (s.type === 'end') found.add('(end)');
    else for (const f of doc.flows) if (f.from === id) walk(f.to);
  };
  walk(stepId);
  return [...found].sort().join(' + ');
}

/** Branch probabilities per split, keyed by what each branch leads to. */
function splitProbabilities(doc: ProcessDocument): Map<string, Map<string, number>> {
  const result = new Map<string, Map<string, number>>();
  for (const s of doc.steps) {
    if (s.type !== 'xor') continue;
    const out = doc.flows.filter((f) => f.from === s.id);
    if (out.length < 2 || out.some((f) => f.probability === undefined)) continue;
    const branches = new Map(out.map((f) => [leadsTo(doc, f.to), f.probability!]));
    if (branches.size !== out.length) continue;
    result.set([...branches.keys()].sort().join(' | '), branches);
  }
  return result;
}

/**
 * A round trip's parameters side by side: every task's (and timer's, which a log shows as a
 * task) mean duration against the discovered task or timer of the same name; the mean gap between
 * arrivals in working minutes of each side's arrival calendar (`arrivalInterarrival`); the
 * probability of every branch of the xor splits whose branches lead to the same tasks on both
 * sides; every role's capacity (its members' number when it has them) against the discovered
 * role of the same id, exact. `observed` is for logs that name no people (no resource beside
 * the role): it gives, per role id, the most of its work the log shows at once (`peakConcurrency`)
 * — a capacity such a log never reaches cannot be recovered from it, and its row passes when the
 * discovered capacity equals that peak. A log with people needs none (`discoverRoles` counts
 * them). Pure.
 */
export function compareParameters(
  known: ProcessDocument,
  found: ProcessDocument,
  observed: ReadonlyMap<string, number> = new Map(),
  tolerances: { mean: number; probability: number } = ROUND_TRIP_TOLERANCES,
): ParameterRow[] {
  const rows: ParameterRow[] = [];
  const mean = (kind: ParameterRow['kind'], name: string, a: number, b: number | undefined) => {
    const error = b === undefined ? undefined : (b - a) / a;
    rows.push({
      kind,
      name,
      known: a,
      ...(b !== undefined ? { found: b } : {}),
      ...(error !== undefined ? { error } : {}),
      pass: error !== undefined && Math.abs(error) <= tolerances.mean,
    });
  };
  for (const s of known.steps) {
    if (s.type !== 'task' && s.type !== 'timer') continue;
    if (!s.duration) continue;
    const back = found.steps.find(
      (f) => (f.type === 'task' || f.type === 'timer') && f.name === s.name,
    );
    const d = back?.type === 'task' || back?.type === 'timer' ? back.duration : undefined;
    mean('duration', s.name, distributionMean(s.duration), d && distributionMean(d));
  }
  const gap = (doc: ProcessDocument) => {
    const start = doc.steps.find((s) => s.type === 'start');
    const d =
      start?.type === 'start' ? arrivalInterarrival(start.arrival, doc.calendars) : undefined;
    return d && distributionMean(d);
  };
  const knownGap = gap(known);
  if (knownGap !== undefined) mean('arrival', 'arrival', knownGap, gap(found));
  const foundSplits = splitProbabilities(found);
  for (const [key, branches] of splitProbabilities(known)) {
    const other = foundSplits.get(key);
    for (const [branch, p] of branches) {
      const q = other?.get(branch);
      const error = q === undefined ? undefined : q - p;
      rows.push({
        kind: 'probability',
        name: `${key} → ${branch}`,
        known: p,
        ...(q !== undefined ? { found: q } : {}),
        ...(error !== undefined ? { error } : {}),
        pass: error !== undefined && Math.abs(error) <= tolerances.probability,
      });
    }
  }
  for (const r of known.roles) {
    const back = found.roles.find((f) => f.id === r.id);
    const capacity = r.members?.length ?? r.capacity ?? 1;
    const want = Math.min(capacity, observed.get(r.id) ?? Infinity);
    const got = back ? (back.members?.length ?? back.capacity ?? 1) : undefined;
    rows.push({
      kind: 'capacity',
      name: r.id,
      known: capacity,
      ...(got !== undefined ? { found: got, error: got - capacity } : {}),
      pass: got === want,
    });
  }
  return rows;
}

/**
 * The most activity instances of each role (by the log's role column) in progress at once, from
 * start and complete timestamps: the peak a discovered capacity can show when the log names no
 * people (`compareParameters`' `observed`). Empty without start times. Pure.
 */
export function peakConcurrency(log: EventLog): Map<string, number> {
  const intervals = new Map<string, { start: number; end: number }[]>();
  for (const c of log.cases)
    for (const e of c.events) {
      if (!e.role || e.start === undefined) continue;
      let list = intervals.get(e.role);
      if (!list) intervals.set(e.role, (list = []));
      list.push({ start: e.start, end: e.complete });
    }
  return new Map([...intervals].map(([role, list]) => [role, maxConcurrency(list)]));
}
