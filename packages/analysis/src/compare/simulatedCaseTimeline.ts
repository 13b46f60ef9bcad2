import type { ProcessDocument } from '@flowsmith/model';
import { timelineRoles, type Timeline, type TimelineBar } from './timeline';

/** One execution of a step in a simulation event log (the fields of the simulation's `LogEntry`). */
export interface LoggedStep {
  caseId: number;
  step: string;
  stepName: string;
  role: string;
  ready: number;
  start: number;
  end: number;
}

/** Time within which one step's end counts as what let the next one start. */
const TOUCH = 1e-6;

/**
 * The role timeline of one simulated case, from the simulation's event log: a bar per step
 * execution (waiting from ready to start, working from start to end), times from the case's first
 * ready time (a timer is all waiting). The critical path runs back from the last end: each step's predecessor is the
 * execution that ended when it became ready. Pure; an empty timeline when the case is not in the log.
 */
export function simulatedCaseTimeline(
  doc: ProcessDocument,
  log: readonly LoggedStep[],
  caseId: number,
): Timeline {
  const entries = log
    .filter((e) => e.caseId === caseId)
    .sort((a, b) => a.ready - b.ready || a.end - b.end);
  if (entries.length === 0) return { bars: [], roles: [], end: 0 };
  const t0 = entries[0]!.ready;
  const critical = new Set<number>();
  let at = entries.reduce((m, e, i) => (e.end > entries[m]!.end ? i : m), 0);
  for (;;) {
    critical.add(at);
    const ready = entries[at]!.ready;
    let before = -1;
    entries.forEach((e, i) => {
      if (i !== at && e.end <= ready + TOUCH && (before < 0 || e.end > entries[before]!.end))
        before = i;
    });
    if (before < 0 || critical.has(before)) break;
    at = before;
  }
  // A timer's whole time is waiting, though the log says it "started" at once.
  const timers = new Set(doc.steps.filter((s) => s.type === 'timer').map((s) => s.id));
  const bars: TimelineBar[] = entries.map((e, i) => ({
    step: e.step,
    name: e.stepName,
    role: e.role === '' ? null : e.role,
    start: e.ready - t0,
    workStart: (timers.has(e.step) ? e.end : e.start) - t0,
    end: e.end - t0,
    critical: critical.has(i),
  }));
  return {
    bars,
    roles: timelineRoles(
      doc.roles.map((r) => r.id),
      bars,
    ),
    end: Math.max(...bars.map((b) => b.end)),
  };
}

/**
 * The case ids found in both logs, ordered by the length of the case in the first log (shortest
 * first), so the middle one is a case of median length. Pure.
 */
export function casesInBoth(a: readonly LoggedStep[], b: readonly LoggedStep[]): number[] {
  const inB = new Set(b.map((e) => e.caseId));
  const spans = new Map<number, [number, number]>();
  for (const e of a) {
    if (!inB.has(e.caseId)) continue;
    const s = spans.get(e.caseId) ?? [Infinity, -Infinity];
    spans.set(e.caseId, [Math.min(s[0], e.ready), Math.max(s[1], e.end)]);
  }
  return [...spans]
    .sort((x, y) => x[1][1] - x[1][0] - (y[1][1] - y[1][0]) || x[0] - y[0])
    .map(([id]) => id);
}
