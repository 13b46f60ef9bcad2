import { distributionMean } from '@flowsmith/model';
import type { CompiledModel } from './CompiledModel';
import * as K from './stepKinds';

/**
 * The long-run utilisation each role would need (offered work ÷ capacity × share of open
 * time), from the visit rates of the traffic equations: arrivals per minute at each start,
 * split by xor probabilities (equal shares for condition routing), copied by parallel splits,
 * averaged at and-joins, and around loops until the rates settle. Pure.
 * A value of 1 or more means the role's queue grows without end.
 */
export function roleLoads(m: CompiledModel): number[] {
  const n = m.stepIds.length;
  const source = new Float64Array(n);
  for (const a of m.starts) {
    const mean = distributionMean(a.interarrival) * a.scale;
    source[a.step]! += mean > 0 ? (a.calendar ? a.calendar.openShare : 1) / mean : 0;
  }
  let visits = Float64Array.from(source);
  for (let iter = 0; iter < 10_000; iter++) {
    const next = Float64Array.from(source);
    for (let s = 0; s < n; s++) {
      const v = visits[s]!;
      if (v === 0) continue;
      const a = m.outStart[s]!;
      const b = m.outStart[s + 1]!;
      const exit = m.kind[s] === K.SUB && m.subEntry[s]! >= 0 ? m.subEntry[s]! : -1;
      if (exit >= 0) next[exit]! += v;
      for (let i = a; i < b; i++) {
        const f = m.outFlows[i]!;
        let share = 1;
        if (m.route[s] === K.ROUTE_PROBABILITY)
          share = m.cumulative[f]! - (i > a ? m.cumulative[m.outFlows[i - 1]!]! : 0);
        else if (m.route[s] === K.ROUTE_CONDITION) share = 1 / (b - a);
        const t = m.flowTo[f]!;
        next[t]! += (v * share) / (m.joinBase[t]! >= 0 ? m.inCount[t]! : 1);
      }
    }
    let delta = 0;
    let size = 0;
    for (let s = 0; s < n; s++) {
      delta = Math.max(delta, Math.abs(next[s]! - visits[s]!));
      size = Math.max(size, next[s]!);
    }
    visits = next;
    if (delta <= 1e-12 * Math.max(1, size)) break;
  }
  const work = new Float64Array(m.roles.length);
  for (let s = 0; s < n; s++) {
    const r = m.role[s]!;
    const d = m.duration[s];
    if (r >= 0 && d) work[r]! += visits[s]! * distributionMean(d) * m.durationScale[s]!;
  }
  return m.roles.map((role, r) => {
    const available = role.capacity * (role.calendar ? role.calendar.openShare : 1);
    if (work[r] === 0) return 0;
    return available > 0 ? work[r]! / available : Infinity;
  });
}
