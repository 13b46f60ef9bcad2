import type { Distribution } from '../types/distribution';
import type { Flow } from '../types/flow';
import { FORMAT_ID, FORMAT_VERSION, type ProcessDocument } from '../types/process';
import type { Role } from '../types/role';
import type { Step, TaskStep } from '../types/step';

/** Exponential minutes, the textbook service time. */
export const exp = (mean: number): Distribution => ({ dist: 'exponential', mean });
/** Fixed minutes. */
export const fixed = (value: number): Distribution => ({ dist: 'fixed', value });

/** A start step with an exponential arrival stream (mean inter-arrival in minutes). */
export function start(id = 'start', interarrivalMean?: number): Step {
  return interarrivalMean === undefined
    ? { id, type: 'start', name: id }
    : { id, type: 'start', name: id, arrival: { interarrival: exp(interarrivalMean) } };
}

/** An end step. */
export function end(id = 'end'): Step {
  return { id, type: 'end', name: id };
}

/** A task done by `role`, taking `duration` (a number means exponential with that mean, minutes). */
export function task(
  id: string,
  role: string | undefined,
  duration?: number | Distribution,
  extra: Partial<TaskStep> = {},
): TaskStep {
  const t: TaskStep = { id, type: 'task', name: id, ...extra };
  if (role !== undefined) t.role = role;
  if (duration !== undefined) t.duration = typeof duration === 'number' ? exp(duration) : duration;
  return t;
}

/** A gateway or other structural step. */
export function gate(id: string, type: 'xor' | 'or' | 'and'): Step {
  return { id, type, name: id };
}

/** A flow `from -> to`, id `from-to` unless given. */
export function flow(from: string, to: string, extra: Partial<Flow> = {}): Flow {
  return { id: `${from}-${to}`, from, to, ...extra };
}

/** A chain of flows through the given step ids. */
export function chain(...ids: string[]): Flow[] {
  const flows: Flow[] = [];
  for (let i = 1; i < ids.length; i++) flows.push(flow(ids[i - 1]!, ids[i]!));
  return flows;
}

/** A role with the given capacity. */
export function role(id: string, capacity = 1, costPerHour?: number): Role {
  const r: Role = { id, name: id, capacity };
  if (costPerHour !== undefined) r.costPerHour = costPerHour;
  return r;
}

/** A version-1 document from its parts. */
export function processOf(
  id: string,
  parts: { roles?: Role[]; steps: Step[]; flows: Flow[] } & Partial<ProcessDocument>,
): ProcessDocument {
  return {
    format: FORMAT_ID,
    version: FORMAT_VERSION,
    id,
    name: id,
    ...parts,
    roles: parts.roles ?? [],
  };
}

/** What {@link twoBranches} builds: the split and join kinds, the tasks' durations, the branch flows. */
export interface TwoBranchParts {
  split: 'xor' | 'or' | 'and';
  /** Kind of the join; default the split's. */
  join?: 'xor' | 'or' | 'and';
  /** Mean inter-arrival time of the start (exponential, minutes). */
  interarrival: number;
  /** Mean durations of tasks `a` and `b` (exponential, minutes, no role). */
  durations: [number, number];
  /** Extra fields of the flows `split-a` and `split-b` (probability, condition, default). */
  branches?: [Partial<Flow>, Partial<Flow>];
}

/** start → split → a | b → join → end: the two-branch block many engine tests start from. */
export function twoBranches(id: string, parts: TwoBranchParts): ProcessDocument {
  const [toA, toB] = parts.branches ?? [{}, {}];
  return processOf(id, {
    steps: [
      start('start', parts.interarrival),
      gate('split', parts.split),
      task('a', undefined, parts.durations[0]),
      task('b', undefined, parts.durations[1]),
      gate('join', parts.join ?? parts.split),
      end(),
    ],
    flows: [
      flow('start', 'split'),
      flow('split', 'a', toA),
      flow('split', 'b', toB),
      flow('a', 'join'),
      flow('b', 'join'),
      flow('join', 'end'),
    ],
  });
}
