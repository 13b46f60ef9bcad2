import type { FlowModel } from '../flow/flowModel';

/** Where the cases reaching a step come from, as far as the week is concerned: shares by source key. */
export type PhaseMix = Map<string, number>;

/**
 * For every step, where in the week its cases arrive, as a mix of sources (docs/analysis.md §2,
 * "Closed hours"): a start step's cases come when its arrivals do (`start:<index>`); work
 * finished by a role on a calendar comes out while that role is at work (`role:<id>`); gateways,
 * timers, subprocesses and tasks of roles always at work pass on what reaches them. Shares are
 * the rates along the flows in (visits × flow weight). Pure; a loop of pass-through steps is cut
 * where it closes. `boundRole(i)` is the calendar-bound role of step i, if any.
 */
export function taskPhases(
  model: FlowModel,
  visits: Float64Array,
  boundRole: (i: number) => string | undefined,
): (i: number) => PhaseMix {
  const memo = new Map<number, PhaseMix>();
  const busy = new Uint8Array(model.n);
  const intoOf = (i: number): PhaseMix => {
    const mix: PhaseMix = new Map();
    const add = (key: string, w: number) => mix.set(key, (mix.get(key) ?? 0) + w);
    let total = 0;
    if (model.source[i]! > 0 && model.graph.steps[i]!.type === 'start') {
      add(`start:${i}`, model.source[i]!);
      total += model.source[i]!;
    }
    for (const arc of model.in[i]!) {
      const rate = visits[arc.from]! * arc.weight;
      if (!(rate > 0) || !Number.isFinite(rate)) continue;
      const out = outOf(arc.from);
      if (!out) continue;
      for (const [k, w] of out) add(k, w * rate);
      total += rate;
    }
    if (total > 0) for (const [k, w] of mix) mix.set(k, w / total);
    return mix;
  };
  // What leaves step u: its role's working time if it is calendar-bound, else what came in.
  const outOf = (u: number): PhaseMix | null => {
    const role = boundRole(u);
    if (role !== undefined) return new Map([[`role:${role}`, 1]]);
    if (model.graph.steps[u]!.type === 'start') return new Map([[`start:${u}`, 1]]);
    const known = memo.get(u);
    if (known) return known;
    if (busy[u]) return null;
    busy[u] = 1;
    const mix = intoOf(u);
    busy[u] = 0;
    memo.set(u, mix);
    return mix;
  };
  return intoOf;
}
