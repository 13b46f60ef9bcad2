import type { Step } from '@flowsmith/model';
import { list, one, str, type El } from '../moddle';
import type { FlowDraft } from './FlowDraft';
import type { ImportContext } from './ImportContext';

/**
 * Turns each boundary event with somewhere to go into an xor gateway right after its host: the
 * host's outgoing flows now leave the gateway (the normal path), and so do the event's (the
 * exceptional path, labelled with the event's name or kind). A boundary event with no outgoing flow
 * or on a host that was left out is left out itself. Every case is reported. Returns the flows.
 */
export function readBoundaryEvents(
  boundaries: readonly El[],
  nodes: Map<El, Step>,
  drafts: FlowDraft[],
  leftOut: El[],
  ctx: ImportContext,
): FlowDraft[] {
  const out = [...drafts];
  for (const b of boundaries) {
    const host = one(b, 'attachedToRef');
    const hostStep = host ? nodes.get(host) : undefined;
    const exits = out.filter((f) => f.from === b);
    if (!host || !hostStep || exits.length === 0) {
      ctx.warn('element-left-out', ctx.about(b), b);
      leftOut.push(b);
      continue;
    }
    const kind =
      list(b, 'eventDefinitions')[0]?.$type.replace(/^bpmn:|EventDefinition$/g, '') ?? 'event';
    const name = str(b, 'name') ?? '';
    const gate: Step = { id: ctx.idFor(b), type: 'xor', name };
    const centre = ctx.centreOf(b);
    if (centre) gate.position = centre;
    nodes.set(b, gate);
    for (const f of out) if (f.from === host) f.from = b;
    for (const f of exits) if (f.fields.label === undefined) f.fields.label = name || kind;
    out.push({ id: ctx.elementIds.allocate(`${gate.id}_in`), from: host, to: b, fields: {} });
    ctx.warn('boundary-event-as-xor', { ...ctx.about(b), host: hostStep.id }, b);
  }
  return out;
}
