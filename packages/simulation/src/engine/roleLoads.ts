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
    // H3: the clock knows its rule (wallClock adds the arrivals moved to openings; SIM-ARR-1).
    source[a.step]! += a.clock.ratePerMinute(mean);
  }
  // An or split by probability takes each flow with its chance, plus the fallback flow when it
  // takes none (SIM-SEM-7); its join fires once per round: the expected count divides.
  const orShare = new Float64Array(m.flowIds.length);
  const orJoinIn = new Float64Array(n).fill(1);
  for (let s = 0; s < n; s++) {
    if (m.kind[s] !== K.OR || m.route[s] !== K.ROUTE_PROBABILITY) continue;
    let none = 1;
    let fallback = -1;
    let best = -1;
    for (let i = m.outStart[s]!; i < m.outStart[s + 1]!; i++) {
      const f = m.outFlows[i]!;
      orShare[f] = m.orChance[f]!;
      none *= 1 - m.orChance[f]!;
      if (m.isDefault[f]) fallback = fallback < 0 ? f : fallback;
      else if (best < 0 || m.orChance[f]! > m.orChance[best]!) best = f;
    }
    const f = fallback >= 0 ? fallback : best;
    if (f >= 0) orShare[f]! += none;
    let taken = 0;
    for (let i = m.outStart[s]!; i < m.outStart[s + 1]!; i++) taken += orShare[m.outFlows[i]!]!;
    const slot = m.orSplitSlot[s]!;
    if (slot >= 0)
      for (let j = 0; j < n; j++) if (m.orJoinSlot[j] === slot) orJoinIn[j] = Math.max(1, taken);
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
        if (m.kind[s] === K.OR && m.route[s] === K.ROUTE_PROBABILITY) share = orShare[f]!;
        else if (m.route[s] === K.ROUTE_PROBABILITY)
          share = m.cumulative[f]! - (i > a ? m.cumulative[m.outFlows[i - 1]!]! : 0);
        else if (m.route[s] === K.ROUTE_CONDITION) share = 1 / (b - a);
        const t = m.flowTo[f]!;
        next[t]! += (v * share) / (m.joinBase[t]! >= 0 ? m.inCount[t]! : orJoinIn[t]!);
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
    if (r < 0 || !d) continue;
    work[r]! += visits[s]! * meanWork(m, s, r, distributionMean(d)) * m.durationScale[s]!;
  }
  return m.roles.map((role, r) => {
    const available = role.simple
      ? role.capacity * (role.calendar ? role.calendar.openShare : 1)
      : role.members.reduce((a, p) => {
          const cal = m.persons[p]!.calendar;
          return a + (cal ? cal.openShare : 1);
        }, 0);
    if (work[r] === 0) return 0;
    return available > 0 ? work[r]! / available : Infinity;
  });
}

/**
 * Mean work per visit of step `s` for role `r`: averaged over the role's members (their own
 * durations and speeds), and for a batch spread over its cases (a full batch when it has a size).
 */
function meanWork(m: CompiledModel, s: number, r: number, mean: number): number {
  const members = m.roles[r]!.members;
  let w = mean;
  if (members.length > 0) {
    w = 0;
    for (const p of members) {
      const person = m.persons[p]!;
      const own = person.durations.get(s);
      w += (own ? distributionMean(own) : mean) / person.speed;
    }
    w /= members.length;
  }
  const batch = m.batch[s];
  if (batch && batch.size !== Infinity) w *= (1 + batch.perCase * (batch.size - 1)) / batch.size;
  return w;
}
