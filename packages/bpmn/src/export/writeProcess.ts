import type { Position, ProcessDocument, Step } from '@flowsmith/model';
import { formatIsoDuration } from '../isoDuration';
import type { El } from '../moddle';
import { xmlText } from '../xmlText';
import { bpmnNameOfFlow, bpmnTypeOfStep, documentationOfStep } from '../nativeFields';
import { DEFAULT_KEY, DI_KEY, LOOSE_FLOWS } from '../import/mergeStep';
import type { ExportContext } from './ExportContext';

/**
 * Builds the semantic BPMN process of a document: one flow node per step, one sequence flow per
 * flow (conditions as formal expressions, default flows on their gateway or task), a lane per
 * role, a data object reference per data entry with data associations for inputs and outputs, and
 * every Flowsmith record in a `flowsmith:` extension so that import gives the document back.
 * `positions` are what the diagram shows; each step's extension remembers it (`$di`).
 */
export function writeProcess(
  doc: ProcessDocument,
  positions: Record<string, Position>,
  ctx: ExportContext,
): El {
  const flowElements: El[] = [];
  for (const d of doc.data ?? []) {
    const object = ctx.make('bpmn:DataObject', {
      id: ctx.ids.allocate(`${ctx.bpmnId(d.id)}_object`),
      name: xmlText(d.name),
    });
    const ref = ctx.make('bpmn:DataObjectReference', {
      id: ctx.bpmnId(d.id),
      name: xmlText(d.name),
      dataObjectRef: object,
      extensionElements: ctx.payload('data', d),
    });
    ctx.dataEl.set(d.id, ref);
    flowElements.push(object, ref);
  }
  for (const step of doc.steps) flowElements.push(writeStep(step, positions[step.id], ctx));
  for (const flow of doc.flows) {
    const source = ctx.stepEl.get(flow.from);
    const target = ctx.stepEl.get(flow.to);
    // A flow to a missing step cannot be drawn in BPMN; the extension of the process keeps it.
    if (!source || !target) continue;
    const attrs: Record<string, unknown> = {
      id: ctx.bpmnId(flow.id),
      sourceRef: source,
      targetRef: target,
    };
    const name = bpmnNameOfFlow(flow);
    if (name !== undefined) attrs.name = name;
    if (flow.condition)
      attrs.conditionExpression = ctx.make('bpmn:FormalExpression', {
        body: xmlText(flow.condition),
      });
    // BPMN allows one default flow per element; the extension says which flow got it.
    const asDefault =
      flow.default === true && canHaveDefault(source) && source.default === undefined;
    attrs.extensionElements = ctx.payload(
      'flow',
      asDefault ? { ...flow, [DEFAULT_KEY]: true } : flow,
    );
    const el = ctx.make('bpmn:SequenceFlow', attrs);
    (source.outgoing as El[]).push(el);
    (target.incoming as El[]).push(el);
    if (asDefault) (source as Record<string, unknown>).default = el;
    ctx.flowEl.set(flow.id, el);
    flowElements.push(el);
  }
  const process = ctx.make('bpmn:Process', {
    id: ctx.ids.allocate(doc.id, 'Process'),
    name: xmlText(doc.name),
    isExecutable: false,
    flowElements,
  });
  if (doc.description)
    process.documentation = [ctx.make('bpmn:Documentation', { text: xmlText(doc.description) })];
  process.extensionElements = ctx.payload('document', documentPayload(doc), {
    formatVersion: doc.version,
  });
  if (doc.roles.length > 0) {
    const lanes = doc.roles.map((role) => {
      const members = doc.steps.filter((s) => s.type === 'task' && s.role === role.id);
      const lane = ctx.make('bpmn:Lane', {
        id: ctx.bpmnId(role.id),
        name: xmlText(role.name),
        flowNodeRef: members.map((s) => ctx.stepEl.get(s.id)!),
        extensionElements: ctx.payload('role', role),
      });
      ctx.roleEl.set(role.id, lane);
      return lane;
    });
    process.laneSets = [ctx.make('bpmn:LaneSet', { id: ctx.ids.allocate('LaneSet'), lanes })];
  }
  return process;
}

function writeStep(step: Step, position: Position | undefined, ctx: ExportContext): El {
  const attrs: Record<string, unknown> = {
    id: ctx.bpmnId(step.id),
    name: xmlText(step.name),
    incoming: [],
    outgoing: [],
  };
  const doc = documentationOfStep(step);
  if (doc) attrs.documentation = [ctx.make('bpmn:Documentation', { text: doc })];
  if (step.type === 'timer') {
    const def: Record<string, unknown> = { id: ctx.ids.allocate(`${attrs.id as string}_timer`) };
    if (step.duration)
      def.timeDuration = ctx.make('bpmn:FormalExpression', {
        body: formatIsoDuration(step.duration),
      });
    attrs.eventDefinitions = [ctx.make('bpmn:TimerEventDefinition', def)];
  }
  if (step.type === 'end' && step.terminate)
    attrs.eventDefinitions = [
      ctx.make('bpmn:TerminateEventDefinition', {
        id: ctx.ids.allocate(`${attrs.id as string}_terminate`),
      }),
    ];
  if (step.type === 'subprocess') attrs.calledElement = xmlText(step.process);
  const payload: Record<string, unknown> = { ...step };
  if (position) payload[DI_KEY] = position;
  attrs.extensionElements = ctx.payload('step', payload);
  const el = ctx.make(bpmnTypeOfStep(step), attrs);
  if (step.type === 'task') {
    el.dataInputAssociations = (step.inputs ?? []).flatMap((id) => {
      const ref = ctx.dataEl.get(id);
      return ref
        ? [
            ctx.make('bpmn:DataInputAssociation', {
              id: ctx.ids.allocate(`${attrs.id as string}_in_${ref.id as string}`),
              sourceRef: [ref],
            }),
          ]
        : [];
    });
    el.dataOutputAssociations = (step.outputs ?? []).flatMap((id) => {
      const ref = ctx.dataEl.get(id);
      return ref
        ? [
            ctx.make('bpmn:DataOutputAssociation', {
              id: ctx.ids.allocate(`${attrs.id as string}_out_${ref.id as string}`),
              targetRef: ref,
            }),
          ]
        : [];
    });
  }
  ctx.stepEl.set(step.id, el);
  return el;
}

function canHaveDefault(el: El): boolean {
  return (
    /Gateway$|Task$|^bpmn:CallActivity$|^bpmn:SubProcess$/.test(el.$type) &&
    el.$type !== 'bpmn:ParallelGateway'
  );
}

/** The document's fields that live only in the extension (steps, flows, roles and data have their own). */
function documentPayload(doc: ProcessDocument): Record<string, unknown> {
  const { steps, flows: _f, roles: _r, data, ...rest } = doc;
  const out: Record<string, unknown> = { ...rest };
  if (data && data.length === 0) out.data = [];
  // Flows whose ends are missing are not drawable; keep them here so nothing is lost.
  const ids = new Set(steps.map((s) => s.id));
  const loose = doc.flows.flatMap((flow, at) =>
    ids.has(flow.from) && ids.has(flow.to) ? [] : [{ at, flow }],
  );
  if (loose.length > 0) out[LOOSE_FLOWS] = loose;
  return out;
}
