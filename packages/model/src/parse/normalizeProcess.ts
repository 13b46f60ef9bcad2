import type { Distribution } from '../types/distribution';
import type { ProcessDocument } from '../types/process';
import type { Step } from '../types/step';

/**
 * The document with every default written out: role `capacity` 1 (the number of its `members`
 * when it has some), task `kind` 'manual',
 * distribution `unit` 'min' (durations, timer waits, inter-arrival times). Pure: returns a new
 * document and shares no object with the input that it changed; keys keep the canonical order.
 */
export function normalizeProcess(doc: ProcessDocument): ProcessDocument {
  return {
    ...doc,
    roles: doc.roles.map((role) =>
      withKey(role, 'capacity', role.capacity ?? role.members?.length ?? 1, 'name'),
    ),
    steps: doc.steps.map(normalizeStep),
  };
}

function normalizeStep(step: Step): Step {
  switch (step.type) {
    case 'task': {
      const withKind = withKey(
        step,
        'kind',
        step.kind ?? 'manual',
        step.description !== undefined ? 'description' : 'name',
      );
      return step.duration ? { ...withKind, duration: withUnit(step.duration) } : withKind;
    }
    case 'timer':
      return step.duration ? { ...step, duration: withUnit(step.duration) } : { ...step };
    case 'start':
      return step.arrival && 'interarrival' in step.arrival
        ? {
            ...step,
            arrival: { ...step.arrival, interarrival: withUnit(step.arrival.interarrival) },
          }
        : { ...step };
    default:
      return { ...step };
  }
}

function withUnit(d: Distribution): Distribution {
  return { ...d, unit: d.unit ?? 'min' };
}

/**
 * A copy of `object` with `key` set to `value`; a key that was absent is placed right after
 * `after`, so a normalised document keeps the canonical key order.
 */
function withKey<T extends object, K extends keyof T>(
  object: T,
  key: K,
  value: T[K],
  after: keyof T,
): T {
  if (Object.hasOwn(object, key)) return { ...object, [key]: value };
  const out: Partial<T> = {};
  for (const k of Object.keys(object) as (keyof T)[]) {
    out[k] = object[k];
    if (k === after) out[key] = value;
  }
  return out as T;
}
