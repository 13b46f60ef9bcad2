import { STEP_TYPES, type Position, type Step, type StepType } from '@flowsmith/model';
import { formatIsoDuration } from '../isoDuration';
import { isA, list, str, type El } from '../moddle';
import { bpmnTypeOfStep, documentationOfStep } from '../nativeFields';
import { xmlText } from '../xmlText';
import { documentation, expression } from './readNode';

/** The key under which export records the position it wrote to the diagram. */
export const DI_KEY = '$di';
/** The key that marks the flow export wrote as its source's BPMN `default`. */
export const DEFAULT_KEY = '$bpmnDefault';
/** The key under which export keeps flows it could not draw (an end is missing), with their index. */
export const LOOSE_FLOWS = '$looseFlows';
/** How far (canvas units) a shape may be from where export put it and still count as unmoved. */
const MOVED = 0.5;

/**
 * Combines a step read from BPMN (`native`) with the Flowsmith record saved in its extension
 * (`payload`). The payload wins for everything BPMN has no place for; for what BPMN does carry
 * (type, task kind, name, role, documentation, timer duration, terminate, called process, data,
 * position) the
 * native value wins when it differs from what export wrote — the diagram was edited in another
 * tool. Pure.
 */
export function mergeStep(
  payload: Record<string, unknown>,
  native: Step,
  el: El,
  known: { roles: ReadonlySet<string>; data: ReadonlySet<string> },
): Step {
  const type = payload.type;
  if (typeof type !== 'string' || !STEP_TYPES.includes(type as StepType) || type !== native.type)
    return native;
  const { [DI_KEY]: di, ...rest } = payload;
  const merged = { ...(rest as unknown as Step), id: native.id } as Step;
  const set = (key: string, value: unknown) => {
    const m = merged as unknown as Record<string, unknown>;
    if (value === undefined) delete m[key];
    else m[key] = value;
  };
  const nat = native as unknown as Record<string, unknown>;
  if (merged.type === 'task' && bpmnTypeOfStep(merged) !== el.$type) set('kind', nat.kind);
  if ((str(el, 'name') ?? '') !== xmlText(merged.name)) set('name', native.name);
  // A role or data id the document does not define has no lane or data object to come back from.
  if (
    merged.type === 'task' &&
    nat.role !== merged.role &&
    (nat.role !== undefined || known.roles.has(merged.role ?? ''))
  )
    set('role', nat.role);
  // XML readers drop text that is only whitespace, so compare trimmed.
  if ((documentation(el) ?? '').trim() !== (documentationOfStep(merged) ?? '').trim()) {
    const key = merged.type === 'task' ? 'instructions' : 'description';
    set(key, nat[key]);
  }
  if (merged.type === 'timer') {
    const timer = list(el, 'eventDefinitions').find((d) => isA(d, 'bpmn:TimerEventDefinition'));
    const written = merged.duration ? formatIsoDuration(merged.duration) : undefined;
    if ((timer ? expression(timer, 'timeDuration') : undefined) !== written)
      set('duration', nat.duration);
  }
  // A terminate end is BPMN's own: its event definition decides.
  if (merged.type === 'end' && Boolean(merged.terminate) !== Boolean(nat.terminate))
    set('terminate', nat.terminate);
  if (merged.type === 'subprocess' && nat.process !== (xmlText(merged.process) || merged.id))
    set('process', nat.process);
  if (merged.type === 'task') {
    for (const key of ['inputs', 'outputs'] as const)
      if (
        JSON.stringify(nat[key] ?? []) !==
        JSON.stringify((merged[key] ?? []).filter((id) => known.data.has(id)))
      )
        set(key, nat[key]);
  }
  const drawn = native.position;
  const wrote = isPosition(di) ? di : undefined;
  if (
    drawn &&
    !(wrote && Math.abs(drawn.x - wrote.x) < MOVED && Math.abs(drawn.y - wrote.y) < MOVED)
  )
    set('position', drawn);
  return merged;
}

function isPosition(v: unknown): v is Position {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as Position).x === 'number' &&
    typeof (v as Position).y === 'number'
  );
}
