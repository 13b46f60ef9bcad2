import {
  distributionMean,
  distributionVariance,
  type CommandCall,
  type Distribution,
  type ProcessGraph,
  type Role,
} from '@flowsmith/model';

/** A step as a suggestion leaves it: its role, work per visit (mean, second moment) and timer wait. */
export interface StepChange {
  /** The role after the change (undefined: none). */
  role: string | undefined;
  service: number;
  second: number;
  timerWait: number;
  /** Taken out of the flow, its one way in joined to its one way out. */
  removed: boolean;
}

/**
 * What a suggestion does to the figures, when it keeps the flow structure (and so every other
 * step's visits): steps changed or taken out of a straight line, and roles' capacities.
 */
export interface SuggestionChange {
  steps: Map<number, StepChange>;
  capacity: Map<string, number>;
  /** New probabilities of flows out of one exclusive decision (by flow id). */
  probabilities?: { decision: number; flows: Map<string, number> };
}

/** Fields of a task or timer that do not move any figure of an effect. */
const NEUTRAL = new Set([
  'name',
  'description',
  'instructions',
  'cautions',
  'sla',
  'raci',
  'system',
  'kind',
  'value',
  'control',
  'inputs',
  'outputs',
  'position',
]);

/**
 * Reads a suggestion's commands as a {@link SuggestionChange}, or null when they change the flow
 * structure in a way that needs the full figures (merges, new gateways, costs, calendars,
 * removals of more than one task, …). Pure.
 *
 * New probabilities qualify for one exclusive decision (incrementalEffect then re-solves the
 * loop it is in, or refers to the full figures). A removal qualifies when it is `steps.remove`
 * of one task with one way out — with the timers straight before it that only wait for it — and
 * the `flow.connect`s that follow join each step before that group to the step after it, so no
 * other step changes its visits and no parallel join changes its count.
 */
export function suggestionChange(
  calls: readonly CommandCall[],
  graph: ProcessGraph,
  roles: ReadonlyMap<string, Role>,
  current: { service: Float64Array; second: Float64Array; timerWait: Float64Array },
): SuggestionChange | null {
  const change: SuggestionChange = { steps: new Map(), capacity: new Map() };
  const stepChange = (i: number): StepChange => {
    let c = change.steps.get(i);
    if (!c) {
      const s = graph.steps[i]!;
      c = {
        role: s.type === 'task' ? s.role : undefined,
        service: current.service[i]!,
        second: current.second[i]!,
        timerWait: current.timerWait[i]!,
        removed: false,
      };
      change.steps.set(i, c);
    }
    return c;
  };
  for (let k = 0; k < calls.length; k++) {
    const call = calls[k]!;
    if (call.id === 'role.update') {
      const { id, changes } = call.params as { id: string; changes: Record<string, unknown> };
      if (!roles.has(id)) return null;
      for (const [key, value] of Object.entries(changes)) {
        if (key === 'capacity' && value === null) change.capacity.set(id, 1);
        else if (key === 'capacity' && typeof value === 'number' && value > 0)
          change.capacity.set(id, value);
        else if (key !== 'name' && key !== 'description') return null;
      }
    } else if (call.id === 'step.update') {
      const { id, changes } = call.params as { id: string; changes: Record<string, unknown> };
      const i = graph.indexOf(id);
      const step = graph.step(id);
      if (i < 0 || !step || graph.steps[i] !== step) return null;
      if (step.type !== 'task' && step.type !== 'timer') return null;
      for (const [key, value] of Object.entries(changes)) {
        if (NEUTRAL.has(key)) continue;
        if (key === 'role' && step.type === 'task') {
          if (value === null || value === undefined) stepChange(i).role = undefined;
          else if (typeof value === 'string' && roles.has(value)) stepChange(i).role = value;
          else return null;
        } else if (key === 'duration') {
          const d = value === null || value === undefined ? undefined : (value as Distribution);
          const mean = d ? distributionMean(d) : 0;
          if (!Number.isFinite(mean) || mean < 0) return null;
          const c = stepChange(i);
          if (step.type === 'task') {
            c.service = mean;
            c.second = d ? distributionVariance(d) + mean * mean : 0;
          } else c.timerWait = mean;
        } else return null;
      }
    } else if (call.id === 'steps.remove') {
      const { ids } = call.params as { ids: string[] };
      if (ids.length !== 1 || [...change.steps.values()].some((c) => c.removed)) return null;
      const id = ids[0]!;
      const i = graph.indexOf(id);
      if (i < 0 || graph.steps[i]!.type !== 'task') return null;
      const out = graph.outgoing(id);
      if (out.length !== 1 || graph.incoming(id).length === 0) return null;
      const next = out[0]!.to;
      // The connects that follow name the steps before the removed group: the step, and the
      // timers straight before it that wait only for it (removed with it, `dependants`).
      const connects: CommandCall[] = [];
      for (let j = k + 1; j < calls.length && calls[j]!.id === 'flow.connect'; j++)
        connects.push(calls[j]!);
      const wanted = new Set(connects.map((c) => (c.params as { from?: string }).from));
      const group = [id];
      let head = id;
      for (;;) {
        const into = graph.incoming(head);
        const froms = new Set(into.map((f) => f.from));
        if (froms.size === wanted.size && [...froms].every((f) => wanted.has(f))) break;
        const before = into.length === 1 ? graph.step(into[0]!.from) : undefined;
        if (before?.type !== 'timer' || graph.outgoing(before.id).length !== 1) return null;
        head = before.id;
        group.push(head);
      }
      const inc = graph.incoming(head);
      const froms = new Set(inc.map((f) => f.from));
      if (froms.size !== inc.length || group.some((g) => froms.has(g) || g === next)) return null;
      const nextStep = graph.step(next);
      if (!nextStep || ((nextStep.type === 'and' || nextStep.type === 'or') && inc.length !== 1))
        return null;
      for (const c of connects) {
        const p = c.params as { from?: string; to?: string };
        if (p.to !== next || graph.outgoing(p.from!).some((f) => f.to === next)) return null;
      }
      if (connects.length !== froms.size) return null;
      for (const g of group) {
        const c = stepChange(graph.indexOf(g));
        c.removed = true;
        c.role = undefined;
        c.service = 0;
        c.second = 0;
        c.timerWait = 0;
      }
      k += connects.length;
    } else if (call.id === 'flow.update') {
      const { id, changes } = call.params as { id: string; changes: Record<string, unknown> };
      for (const [key, value] of Object.entries(changes)) {
        if (key === 'label') continue;
        if (key !== 'probability' || typeof value !== 'number' || !(value >= 0)) return null;
        const flow = graph.flow(id);
        const from = flow ? graph.indexOf(flow.from) : -1;
        if (from < 0 || graph.steps[from]!.type !== 'xor') return null;
        change.probabilities ??= { decision: from, flows: new Map() };
        if (change.probabilities.decision !== from) return null;
        change.probabilities.flows.set(id, value);
      }
    } else return null;
  }
  return change;
}
