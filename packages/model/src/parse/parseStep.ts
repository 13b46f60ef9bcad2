import { STEP_TYPES, type Position, type Step, type StepType } from '../types/step';
import { ObjectReader } from './ObjectReader';
import { parseArrival } from './parseArrival';
import { parseDistribution } from './parseDistribution';
import { TASK_FIELDS, parseTaskFields } from './parseTaskFields';
import type { ProblemCollector } from './ProblemCollector';

const COMMON = ['id', 'type', 'name', 'description', 'position'] as const;
const EXTRA: Record<StepType, readonly string[]> = {
  start: ['arrival'],
  end: ['terminate'],
  task: TASK_FIELDS,
  xor: [],
  or: [],
  and: [],
  timer: ['duration'],
  subprocess: ['process'],
};
const CONTEXT: Record<StepType, string> = {
  start: 'a start step',
  end: 'an end step',
  task: 'a task step',
  xor: 'a xor step',
  or: 'an or step',
  and: 'an and step',
  timer: 'a timer step',
  subprocess: 'a subprocess step',
};
const ALL_FIELDS = [...new Set([...COMMON, ...Object.values(EXTRA).flat()])];

/** A subprocess reference, checked once the document's own id is known. */
export interface ProcessReference {
  path: string;
  id: string;
}

/**
 * Reads a step of any type; fields that belong to another type are unknown fields (a `duration`
 * on an xor is told, not kept). Registers the step id and the references it makes.
 */
export function parseStep(
  c: ProblemCollector,
  value: unknown,
  path: string,
  processRefs: ProcessReference[],
): Step | undefined {
  const r = ObjectReader.open(c, value, path);
  if (!r) return undefined;
  const before = c.problems.length;
  const id = r.declaredId('step');
  const type = r.oneOf('type', STEP_TYPES, true);
  r.rejectUnknown(type ? [...COMMON, ...EXTRA[type]] : ALL_FIELDS, type ? CONTEXT[type] : 'a step');
  const name = r.string('name', true);
  const description = r.string('description');
  const position = r.has('position')
    ? parsePosition(c, r.raw('position'), r.at('position'))
    : undefined;
  const extra = type === undefined ? undefined : parseExtra(r, type, processRefs);
  if (
    c.problems.length !== before ||
    id === undefined ||
    type === undefined ||
    name === undefined
  ) {
    return undefined;
  }
  return {
    id,
    type,
    name,
    ...(description !== undefined && { description }),
    ...extra,
    ...(position !== undefined && { position }),
  } as Step;
}

function parseExtra(r: ObjectReader, type: StepType, processRefs: ProcessReference[]) {
  switch (type) {
    case 'task':
      return parseTaskFields(r);
    case 'timer': {
      const duration = r.has('duration')
        ? parseDistribution(r.c, r.raw('duration'), r.at('duration'))
        : undefined;
      return duration === undefined ? {} : { duration };
    }
    case 'subprocess': {
      const process = r.id('process', true);
      if (process === undefined) return {};
      processRefs.push({ path: r.at('process'), id: process });
      return { process };
    }
    case 'end': {
      const terminate = r.boolean('terminate');
      return terminate === undefined ? {} : { terminate };
    }
    case 'start':
      return r.has('arrival')
        ? { arrival: parseArrival(r, r.raw('arrival'), r.at('arrival')) }
        : {};
    default:
      return {};
  }
}

function parsePosition(c: ProblemCollector, value: unknown, path: string): Position | undefined {
  const r = ObjectReader.open(c, value, path);
  if (!r) return undefined;
  r.rejectUnknown(['x', 'y'], 'a position');
  const x = r.number('x', true);
  const y = r.number('y', true);
  return x === undefined || y === undefined ? undefined : { x, y };
}
