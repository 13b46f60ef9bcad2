import type { PersonResult, ReplicationResult, RoleResult, StepResult } from '../results';
import { nameServers } from '../eventLog/nameServers';
import { selectQuantile } from '../stats/selectQuantile';
import type { Replication } from './Replication';
import * as K from './stepKinds';

/** The plain-data result of a finished replication. */
export function summarizeReplication(rep: Replication): ReplicationResult {
  const { model: m, st, tw } = rep;
  const end = rep.now;
  const signals = 1 + 2 * m.roles.length;
  for (let i = 0; i < signals; i++) tw.advance(i, end);
  const w0 = Math.min(tw.windowStart, end);
  const w1 = Math.max(w0, Math.min(tw.windowEnd, end));
  const span = w1 - w0;
  const cycles = st.cycles.slice(0, st.measured);
  const n = st.measured;
  const mean = (x: number): number => (n > 0 ? x / n : 0);
  let sumCycle = 0;
  let maxCycle = 0;
  for (let i = 0; i < n; i++) {
    sumCycle += cycles[i]!;
    if (cycles[i]! > maxCycle) maxCycle = cycles[i]!;
  }

  const steps: Record<string, StepResult> = Object.create(null) as Record<string, StepResult>;
  m.stepIds.forEach((id, s) => {
    if (m.kind[s] !== K.TASK && m.kind[s] !== K.TIMER) return;
    const count = st.stepCount[s]!;
    steps[id] = {
      count,
      waitMean: count > 0 ? st.stepWait[s]! / count : 0,
      serviceMean: count > 0 ? st.stepService[s]! / count : 0,
      slaBreachRate: count > 0 ? st.stepBreach[s]! / count : 0,
    };
  });
  const roles: Record<string, RoleResult> = Object.create(null) as Record<string, RoleResult>;
  const openOf = (cal: { openBetween(a: number, b: number): number } | null): number =>
    cal ? cal.openBetween(w0, w1) : span;
  const people: Record<string, PersonResult> = Object.create(null) as Record<string, PersonResult>;
  const personOpen = m.persons.map((p) => openOf(p.calendar));
  m.persons.forEach((p, i) => {
    if (!p.named) return;
    const work = rep.work.personWork[i]!;
    people[p.id] = { utilization: personOpen[i]! > 0 ? work / personOpen[i]! : 0, busy: work };
  });
  m.roles.forEach((r, i) => {
    // A role served person by person: busy time ÷ the members' open time (SIM-RES-2).
    const available = r.simple
      ? st.capacity[i]! * openOf(r.calendar)
      : r.members.reduce((a, p) => a + personOpen[p]!, 0);
    roles[r.id] = {
      utilization: available > 0 ? st.work[i]! / available : 0,
      queueMean: span > 0 ? tw.area[2 + 2 * i]! / span : 0,
      queueMax: tw.max[2 + 2 * i]!,
      queue: tw.series(2 + 2 * i, end),
      busy: tw.series(1 + 2 * i, end),
    };
  });
  const result: ReplicationResult = {
    index: rep.index,
    seed: rep.scenario.seed,
    cases: n,
    arrived: st.arrived,
    unfinished: st.arrived - st.completed,
    events: rep.events,
    endTime: end,
    window: [w0, w1],
    cycleTime: {
      mean: mean(sumCycle),
      p50: n ? selectQuantile(cycles, 0.5) : 0,
      p90: n ? selectQuantile(cycles, 0.9) : 0,
      p95: n ? selectQuantile(cycles, 0.95) : 0,
      max: maxCycle,
    },
    waitingTime: mean(st.sumWait),
    workingTime: mean(st.sumWork),
    costPerCase: mean(st.sumCost),
    slaBreachRate: mean(st.breaches),
    // With a case count every measured case completes: their rate over the arrival window is the
    // long-run throughput (counting completions inside the window would miss long cycle times).
    throughputPerHour:
      span > 0
        ? ((Number.isFinite(rep.scenario.horizon) ? st.completedInWindow : n) / span) * 60
        : 0,
    wip: { mean: span > 0 ? tw.area[0]! / span : 0, max: tw.max[0]!, series: tw.series(0, end) },
    steps,
    roles,
  };
  if (m.persons.some((p) => p.named)) result.people = people;
  if (rep.traces) result.traces = rep.traces;
  // Who did the work of the fast path's anonymous roles: named after the run (SIM-LOG-4).
  if (rep.log)
    result.log = nameServers(
      rep.log,
      m.roles.flatMap((r, i) => (r.simple ? [{ id: r.id, capacity: st.capacity[i]! }] : [])),
    );
  return result;
}
