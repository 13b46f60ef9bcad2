import type { Calendar, ProcessDocument, Role, StartStep } from '@flowsmith/model';
import type { FlowModel } from '../flow/flowModel';
import { times } from '../flow/solveTraffic';
import { fluidWait, weightedMean } from './fluidWait';
import { taskPhases, type PhaseMix } from './taskPhases';
import { arrivalWeek, roleServers } from './weekProfiles';
import { isFlat, normalised, WEEK_MINUTES } from './weekProfile';

/** When work happens over the week in a process: the roles on calendars and when each step's cases arrive. */
export interface ProcessWeek {
  /** Roles whose people are not at work around the clock. */
  bound: Set<string>;
  /** Per step: when in the week its cases arrive (normalised to average 1). */
  phaseOf: (i: number) => Float64Array;
  /**
   * Per step, given each step's work per visit on its role: `closed`, the wait for opening hours
   * and for the backlog of closed hours (minutes per visit; 0 off calendars; Infinity when a
   * role's week has more work than working time), and `openShare`, the share of its cases that
   * reach the role while it is at work (1 off calendars).
   */
  waits: (work: Float64Array, lambda: number) => { closed: Float64Array; openShare: Float64Array };
}

/**
 * The week of a process (docs/analysis.md §2, "Closed hours"). Pure.
 *
 * For each role whose people are not always at work: the work reaching it over the week (each of
 * its tasks' λ · visits · mean work, spread as its cases arrive — {@link taskPhases}), its people
 * at work per minute ({@link roleServers}), the backlog that builds while it is closed and the wait
 * of a case arriving at each minute ({@link fluidWait}); a task's wait is that wait averaged over
 * when its cases arrive.
 */
export function processWeek(
  doc: ProcessDocument,
  model: FlowModel,
  visits: Float64Array,
  roles: ReadonlyMap<string, Role>,
): ProcessWeek {
  const calendars = new Map<string, Calendar>((doc.calendars ?? []).map((c) => [c.id, c]));
  const { graph } = model;
  const servers = new Map<string, Float64Array>();
  const bound = new Set<string>();
  for (const role of roles.values()) {
    const s = roleServers(role, calendars);
    servers.set(role.id, s);
    if (!isFlat(s)) bound.add(role.id);
  }
  const roleOf = (i: number): string | undefined => {
    const s = graph.steps[i]!;
    return s.type === 'task' && s.role !== undefined && roles.has(s.role) ? s.role : undefined;
  };
  const boundRole = (i: number) => {
    const r = roleOf(i);
    return r !== undefined && bound.has(r) ? r : undefined;
  };
  const mixOf = taskPhases(model, visits, boundRole);
  const profiles = new Map<string, Float64Array>();
  const profile = (key: string): Float64Array => {
    let p = profiles.get(key);
    if (!p) {
      const cut = key.indexOf(':');
      const [kind, id] = [key.slice(0, cut), key.slice(cut + 1)];
      p = normalised(
        kind === 'start'
          ? arrivalWeek(graph.steps[Number(id)]! as StartStep, calendars)
          : servers.get(id)!,
      );
      if (!p.some((x) => x > 0)) p.fill(1);
      profiles.set(key, p);
    }
    return p;
  };
  const phaseOf = (i: number): Float64Array => {
    const mix = mixOf(i);
    const out = new Float64Array(WEEK_MINUTES);
    if (mix.size === 0) return out.fill(1);
    for (const [k, w] of mix) {
      const p = profile(k);
      for (let t = 0; t < WEEK_MINUTES; t++) out[t] = out[t]! + w * p[t]!;
    }
    return out;
  };
  const waits = (work: Float64Array, lambda: number) => {
    const perStep = new Float64Array(model.n);
    const openShare = new Float64Array(model.n).fill(1);
    if (bound.size === 0 || !(lambda > 0)) return { closed: perStep, openShare };
    const tasksOf = new Map<string, number[]>();
    graph.steps.forEach((s, i) => {
      const r = boundRole(i);
      if (r !== undefined && visits[i]! > 0 && graph.indexOf(s.id) === i)
        (tasksOf.get(r) ?? tasksOf.set(r, []).get(r)!).push(i);
    });
    for (const [role, tasks] of tasksOf) roleWaits(role, tasks, work, lambda, perStep, openShare);
    return { closed: perStep, openShare };
  };
  const roleWaits = (
    role: string,
    tasks: number[],
    work: Float64Array,
    lambda: number,
    perStep: Float64Array,
    openShare: Float64Array,
  ): void => {
    const mixes = new Map<number, PhaseMix>(tasks.map((i) => [i, mixOf(i)]));
    const arriving = new Float64Array(WEEK_MINUTES);
    const flat = new Float64Array(WEEK_MINUTES).fill(1);
    for (const i of tasks) {
      const rate = times(lambda * visits[i]!, work[i]!);
      if (!Number.isFinite(rate)) {
        for (const j of tasks) perStep[j] = Infinity;
        return;
      }
      if (rate === 0) continue;
      const mix = mixes.get(i)!;
      const parts: Array<[Float64Array, number]> =
        mix.size === 0 ? [[flat, 1]] : [...mix].map(([k, w]) => [profile(k), w]);
      for (const [p, w] of parts)
        for (let t = 0; t < WEEK_MINUTES; t++) arriving[t] = arriving[t]! + rate * w * p[t]!;
    }
    const people = servers.get(role)!;
    const wait = fluidWait(arriving, people);
    let most = 0;
    for (let t = 0; t < WEEK_MINUTES; t++) most = Math.max(most, people[t]!);
    const atWork = Float64Array.from(people, (x) => (most > 0 ? x / most : 0));
    const bySource = new Map<string, number>();
    const openBySource = new Map<string, number>();
    for (const i of tasks) {
      const mix = mixes.get(i)!;
      let open = mix.size === 0 ? weightedMean(atWork, flat) : 0;
      for (const [k, share] of mix) {
        let m = openBySource.get(k);
        if (m === undefined) openBySource.set(k, (m = weightedMean(atWork, profile(k))));
        open += share * m;
      }
      openShare[i] = open;
      if (!wait) {
        perStep[i] = Infinity;
        continue;
      }
      let w = mix.size === 0 ? weightedMean(wait, flat) : 0;
      for (const [k, share] of mix) {
        let m = bySource.get(k);
        if (m === undefined) bySource.set(k, (m = weightedMean(wait, profile(k))));
        w += share * m;
      }
      perStep[i] = w;
    }
  };
  return { bound, phaseOf, waits };
}
