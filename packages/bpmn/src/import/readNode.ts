import type { Step } from '@flowsmith/model';
import { parseIsoCycle, parseIsoDuration } from '../isoDuration';
import { isA, list, one, str, type El } from '../moddle';
import { taskKindOf } from '../nativeFields';
import type { ImportContext } from './ImportContext';

/** What a BPMN flow node becomes. */
export type NodeReading =
  { as: 'step'; step: Step; embedded?: El } | { as: 'boundary' } | { as: 'left-out' };

const APPROXIMATED_GATEWAYS = ['bpmn:EventBasedGateway', 'bpmn:ComplexGateway'];

/**
 * Maps one flow node to a step in its native BPMN meaning (no Flowsmith extension applied),
 * warning about what it approximates. Embedded sub-processes come back with the element whose
 * contents become their own document; boundary events are handled by the caller.
 */
export function readNode(
  el: El,
  id: string,
  role: string | undefined,
  ctx: ImportContext,
): NodeReading {
  const name = str(el, 'name') ?? '';
  const doc = documentation(el);
  const base = { id, name };
  if (isA(el, 'bpmn:BoundaryEvent')) return { as: 'boundary' };
  if (
    isA(el, 'bpmn:Activity') &&
    (el.isForCompensation === true || (isA(el, 'bpmn:SubProcess') && el.triggeredByEvent === true))
  ) {
    ctx.warn('element-left-out', ctx.about(el), el);
    return { as: 'left-out' };
  }
  if (isA(el, 'bpmn:Activity') && one(el, 'loopCharacteristics'))
    ctx.warn('loop-approximated', ctx.about(el), el);
  if (isA(el, 'bpmn:Task')) {
    const kind = taskKindOf(el.$type, name);
    const step: Step = { ...base, type: 'task' };
    if (kind) step.kind = kind;
    if (role !== undefined) step.role = role;
    if (doc !== undefined) step.instructions = doc;
    return { as: 'step', step };
  }
  const described = <S extends Step>(s: S): S =>
    doc === undefined ? s : { ...s, description: doc };
  if (isA(el, 'bpmn:SubProcess')) {
    if (el.$type !== 'bpmn:SubProcess') ctx.warn('subprocess-approximated', ctx.about(el), el);
    return {
      as: 'step',
      step: described({ ...base, type: 'subprocess', process: '' }),
      embedded: el,
    };
  }
  if (isA(el, 'bpmn:CallActivity')) {
    const called = calledElementOf(el);
    if (!called) ctx.warn('call-without-target', ctx.about(el), el);
    return { as: 'step', step: described({ ...base, type: 'subprocess', process: called || id }) };
  }
  if (isA(el, 'bpmn:ExclusiveGateway'))
    return { as: 'step', step: described({ ...base, type: 'xor' }) };
  if (isA(el, 'bpmn:ParallelGateway'))
    return { as: 'step', step: described({ ...base, type: 'and' }) };
  if (isA(el, 'bpmn:InclusiveGateway'))
    return { as: 'step', step: described({ ...base, type: 'or' }) };
  if (APPROXIMATED_GATEWAYS.some((t) => isA(el, t))) {
    ctx.warn('gateway-approximated', ctx.about(el), el);
    return { as: 'step', step: described({ ...base, type: 'xor' }) };
  }
  const definitions = list(el, 'eventDefinitions');
  const timer = definitions.find((d) => isA(d, 'bpmn:TimerEventDefinition'));
  if (isA(el, 'bpmn:StartEvent')) {
    const step: Step = described({ ...base, type: 'start' });
    const cycle = timer ? parseIsoCycle(expression(timer, 'timeCycle')) : undefined;
    if (cycle) step.arrival = { interarrival: cycle };
    ignoreDefinitions(el, cycle ? definitions.filter((d) => d !== timer) : definitions, ctx);
    return { as: 'step', step };
  }
  if (isA(el, 'bpmn:EndEvent')) {
    const terminate = definitions.find((d) => isA(d, 'bpmn:TerminateEventDefinition'));
    ignoreDefinitions(
      el,
      definitions.filter((d) => d !== terminate),
      ctx,
    );
    const step: Step = described({ ...base, type: 'end' });
    if (terminate) step.terminate = true;
    return { as: 'step', step };
  }
  if (isA(el, 'bpmn:IntermediateCatchEvent') && timer) {
    const duration = parseIsoDuration(expression(timer, 'timeDuration'));
    if (!duration) ctx.warn('timer-without-duration', ctx.about(el), el);
    ignoreDefinitions(
      el,
      definitions.filter((d) => d !== timer),
      ctx,
    );
    const step: Step = described({ ...base, type: 'timer' });
    if (duration) step.duration = duration;
    return { as: 'step', step };
  }
  ctx.warn('element-left-out', ctx.about(el), el);
  return { as: 'left-out' };
}

function ignoreDefinitions(el: El, definitions: El[], ctx: ImportContext): void {
  for (const d of definitions)
    ctx.warn(
      'event-definition-ignored',
      { ...ctx.about(el), definition: d.$type.replace(/^bpmn:/, '') },
      el,
    );
}

/** The text of an element's documentation entries, joined; undefined when there is none. */
export function documentation(el: El): string | undefined {
  const texts = list(el, 'documentation')
    .map((d) => str(d, 'text') ?? '')
    .filter((t) => t !== '');
  return texts.length > 0 ? texts.join('\n\n') : undefined;
}

/** The body of a formal expression property (`timeDuration`, `conditionExpression`…). */
export function expression(el: El, key: string): string | undefined {
  const e = one(el, key);
  return e ? str(e, 'body') : undefined;
}

/** The id of the process a call activity calls (`calledElement`), trimmed; undefined if none. */
export function calledElementOf(el: El): string | undefined {
  const v = el.calledElement;
  if (typeof v === 'string') return v.trim();
  return typeof v === 'object' && v !== null ? str(v as El, 'id') : undefined;
}
