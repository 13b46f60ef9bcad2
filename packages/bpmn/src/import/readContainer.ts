import {
  FORMAT_ID,
  FORMAT_VERSION,
  type DataObject,
  type Flow,
  type ProcessDocument,
  type Role,
  type Step,
} from '@flowsmith/model';
import { readPayload } from '../extensionPayload';
import { isA, list, one, str, type El } from '../moddle';
import { xmlText } from '../xmlText';
import type { FlowDraft } from './FlowDraft';
import type { ImportContext } from './ImportContext';
import { LOOSE_FLOWS, mergeStep } from './mergeStep';
import { readBoundaryEvents } from './readBoundaryEvents';
import { readFlows } from './readFlows';
import { readLanes, type LaneRoles } from './readLanes';
import { documentation, readNode } from './readNode';
import { reconnect } from './reconnect';
import { readAnnotations } from './readAnnotations';

/** What a container is read as: its document id and name, and the lanes it inherits. */
export interface ContainerInfo {
  docId: string;
  name: string;
  inherited?: LaneRoles;
}

/**
 * Reads a process or an embedded sub-process into a document (added to `ctx.documents` after its
 * own embedded children have been read). Roles come from its lanes (or the enclosing process's),
 * steps from its flow nodes, flows from its sequence flows, data from data object references.
 */
export function readContainer(
  container: El,
  info: ContainerInfo,
  ctx: ImportContext,
): ProcessDocument {
  const own = readLanes(container, ctx);
  const lanes = own.roles.length > 0 || !info.inherited ? own : info.inherited;
  const elements = list(container, 'flowElements');
  const data = readData(elements, ctx);
  const known = {
    roles: new Set(lanes.roles.map((r) => r.id)),
    data: new Set(data.list.map((d) => d.id)),
  };
  const nodes = new Map<El, Step>();
  const leftOut: El[] = [];
  const boundaries: El[] = [];
  const children: Array<{ step: Step & { type: 'subprocess' }; el: El }> = [];
  for (const el of elements) {
    if (!isA(el, 'bpmn:FlowNode')) continue;
    const payload = readPayload(el, 'step');
    const id = ctx.idFor(el, payload?.id);
    const reading = readNode(el, id, lanes.roleOfNode.get(el), ctx);
    if (reading.as === 'left-out') leftOut.push(el);
    else if (reading.as === 'boundary') boundaries.push(el);
    else {
      let step = reading.step;
      const centre = ctx.centreOf(el);
      if (centre) step.position = centre;
      if (step.type === 'task') addDataRefs(step, el, data.idOf);
      if (payload) step = mergeStep(payload, step, el, known);
      nodes.set(el, step);
      if (reading.embedded && step.type === 'subprocess')
        children.push({ step, el: reading.embedded });
      else if (step.type === 'subprocess')
        ctx.calls.push({ step, el, byFlowsmith: payload !== undefined });
    }
  }
  let drafts: FlowDraft[] = readFlows(
    elements.filter((e) => isA(e, 'bpmn:SequenceFlow')),
    ctx,
  );
  drafts = readBoundaryEvents(boundaries, nodes, drafts, leftOut, ctx);
  drafts = reconnect(drafts, leftOut, ctx);
  const flows: Flow[] = [];
  for (const d of drafts) {
    const from = nodes.get(d.from);
    const to = nodes.get(d.to);
    if (from && to) flows.push({ id: d.id, from: from.id, to: to.id, ...d.fields });
    else
      ctx.warn(
        'flow-dropped',
        { id: d.id, type: 'bpmn:SequenceFlow', via: str(from ? d.to : d.from, 'id') ?? '?' },
        d.el,
      );
  }
  readAnnotations(container, nodes, ctx);
  const steps = [...nodes.values()];
  const usedRoles = new Set(
    steps.flatMap((s) => (s.type === 'task' && s.role !== undefined ? [s.role] : [])),
  );
  const roles: Role[] = lanes === own ? own.roles : lanes.roles.filter((r) => usedRoles.has(r.id));
  const doc = documentOf(container, info, roles, steps, flows, data.list, ctx);
  ctx.documents.push(doc);
  for (const child of children) {
    const childId = ctx.documentIds.allocate(child.step.id);
    child.step.process = childId;
    readContainer(
      child.el,
      { docId: childId, name: child.step.name || childId, inherited: lanes },
      ctx,
    );
  }
  return doc;
}

function documentOf(
  container: El,
  info: ContainerInfo,
  roles: Role[],
  steps: Step[],
  flows: Flow[],
  data: DataObject[],
  ctx: ImportContext,
): ProcessDocument {
  const payload = readPayload(container, 'document');
  const description = documentation(container);
  const doc: ProcessDocument = {
    format: FORMAT_ID,
    version: FORMAT_VERSION,
    id: info.docId,
    name: info.name,
    roles,
    steps,
    flows,
  };
  if (description !== undefined) doc.description = description;
  if (data.length > 0) doc.data = data;
  // Lanes drawn top-down make a document with vertical lanes (the extension's view wins).
  const lanes = list(container, 'laneSets').flatMap((set) => list(set, 'lanes'));
  if (lanes.some((lane) => ctx.shapes.get(lane)?.vertical)) doc.view = { lanes: 'vertical' };
  if (!payload) return doc;
  const {
    format: _f,
    version: _v,
    id: _id,
    name,
    description: pDescription,
    roles: _r,
    steps: _s,
    flows: _fl,
    data: pData,
    [LOOSE_FLOWS]: loose,
    ...rest
  } = payload;
  const merged: ProcessDocument = { ...doc, ...(rest as Partial<ProcessDocument>) };
  if (typeof name === 'string' && (str(container, 'name') ?? '') === xmlText(name))
    merged.name = name;
  if (
    (description ?? '').trim() ===
    (typeof pDescription === 'string' ? xmlText(pDescription).trim() : '')
  ) {
    if (typeof pDescription === 'string') merged.description = pDescription;
    else delete merged.description;
  }
  if (Array.isArray(loose)) {
    merged.flows = [...flows];
    for (const entry of loose as Array<{ at: number; flow: Flow }>)
      merged.flows.splice(entry.at, 0, entry.flow);
  }
  if (Array.isArray(pData)) {
    const known = new Set((pData as DataObject[]).map((d) => d.id));
    const extra = data.filter((d) => !known.has(d.id));
    merged.data = [...(pData as DataObject[]), ...extra];
  }
  return merged;
}

function readData(
  elements: El[],
  ctx: ImportContext,
): { list: DataObject[]; idOf: Map<El, string> } {
  const out: DataObject[] = [];
  const idOf = new Map<El, string>();
  for (const el of elements) {
    if (!isA(el, 'bpmn:DataObjectReference') && !isA(el, 'bpmn:DataStoreReference')) continue;
    const payload = readPayload(el, 'data');
    const id = ctx.idFor(el, payload?.id);
    const target = one(el, isA(el, 'bpmn:DataObjectReference') ? 'dataObjectRef' : 'dataStoreRef');
    const name = str(el, 'name') ?? (target ? str(target, 'name') : undefined) ?? id;
    const entry: DataObject = payload
      ? { ...(payload as unknown as DataObject), id }
      : { id, name };
    if (payload && name !== xmlText(entry.name)) entry.name = name;
    idOf.set(el, id);
    out.push(entry);
  }
  return { list: out, idOf };
}

function addDataRefs(step: Step & { type: 'task' }, el: El, idOf: Map<El, string>): void {
  const inputs = list(el, 'dataInputAssociations').flatMap((a) =>
    refs(a, 'sourceRef').flatMap((r) => idOf.get(r) ?? []),
  );
  const outputs = list(el, 'dataOutputAssociations').flatMap((a) =>
    refs(a, 'targetRef').flatMap((r) => idOf.get(r) ?? []),
  );
  if (inputs.length > 0) step.inputs = [...new Set(inputs)];
  if (outputs.length > 0) step.outputs = [...new Set(outputs)];
}

function refs(assoc: El, key: string): El[] {
  const v = assoc[key];
  if (Array.isArray(v)) return list(assoc, key);
  const single = one(assoc, key);
  return single ? [single] : [];
}
