import type {
  Distribution,
  Flow,
  ProcessDocument,
  Role,
  Step,
  TaskStep,
  TimeUnit,
} from '@flowsmith/model';

/** A workshop three-point estimate (min, most likely, max). */
export const tri = (
  min: number,
  mode: number,
  max: number,
  unit: TimeUnit = 'min',
): Distribution => ({
  dist: 'triangular',
  min,
  mode,
  max,
  unit,
});

/** A role: people, cost per hour, and (when the name does not say it) authority. */
export function role(
  id: string,
  name: string,
  capacity: number,
  costPerHour: number,
  extra: Partial<Role> = {},
): Role {
  return { id, name, capacity, costPerHour, ...extra };
}

/** A task with its role and three-point duration. */
export function task(
  id: string,
  name: string,
  roleId: string,
  duration: Distribution,
  extra: Partial<TaskStep> = {},
): TaskStep {
  return { id, type: 'task', name, role: roleId, duration, ...extra };
}

/** A wait (timer step). */
export function wait(id: string, name: string, duration: Distribution): Step {
  return { id, type: 'timer', name, duration };
}

/** A start with Poisson arrivals of the given mean gap. */
export function start(name: string, meanGap: number, unit: TimeUnit = 'min'): Step {
  return {
    id: 'start',
    type: 'start',
    name,
    arrival: { interarrival: { dist: 'exponential', mean: meanGap, unit } },
  };
}

/** An end step. */
export const end = (name: string, id = 'end'): Step => ({ id, type: 'end', name });

/** An exclusive gateway. */
export const xor = (id: string, name: string): Step => ({ id, type: 'xor', name });

/** An and gateway. */
export const and = (id: string, name: string): Step => ({ id, type: 'and', name });

/** Flows along a chain of step ids. */
export function chain(...ids: string[]): Flow[] {
  return ids.slice(1).map((to, i) => ({ id: `${ids[i]}-${to}`, from: ids[i]!, to }));
}

/** One flow out of an exclusive decision. */
export function branch(
  from: string,
  to: string,
  probability: number,
  extra: Partial<Flow> = {},
): Flow {
  return { id: `${from}-${to}`, from, to, probability, ...extra };
}

/** A process document of the gallery. */
export function processOf(parts: Omit<ProcessDocument, 'format' | 'version'>): ProcessDocument {
  return { format: 'flowsmith.process', version: 1, ...parts };
}
