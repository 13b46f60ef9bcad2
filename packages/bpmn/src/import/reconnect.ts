import type { El } from '../moddle';
import type { FlowDraft } from './FlowDraft';
import type { ImportContext } from './ImportContext';

/**
 * Removes the left-out nodes from the flow graph without leaving flows dangling. Around a node
 * with one way out, incoming flows are extended to where it led; around a node with one way in,
 * outgoing flows start where it was entered; the flow that vanishes in between is reported as
 * `flow-merged`. Any other flow touching a left-out node is removed and
 * reported. Returns the remaining flows; every change has a warning naming the flow.
 */
export function reconnect(
  flows: FlowDraft[],
  leftOut: readonly El[],
  ctx: ImportContext,
): FlowDraft[] {
  let current = flows;
  for (const node of leftOut) {
    const via = ctx.about(node).id;
    const into = current.filter((f) => f.to === node && f.from !== node);
    const outOf = current.filter((f) => f.from === node && f.to !== node);
    const gone = new Set(current.filter((f) => f.from === node || f.to === node));
    let merged: FlowDraft | undefined;
    if (into.length > 0 && outOf.length === 1) {
      const onward = outOf[0]!;
      for (const f of into) {
        f.to = onward.to;
        if (f.fields.label === undefined && onward.fields.label !== undefined)
          f.fields.label = onward.fields.label;
        gone.delete(f);
        report(ctx, 'flow-reconnected', f, via);
      }
      merged = onward;
    } else if (into.length === 1 && outOf.length > 0) {
      const entry = into[0]!;
      for (const f of outOf) {
        f.from = entry.from;
        gone.delete(f);
        report(ctx, 'flow-reconnected', f, via);
      }
      merged = entry;
    }
    for (const f of gone) report(ctx, f === merged ? 'flow-merged' : 'flow-dropped', f, via);
    current = current.filter((f) => !gone.has(f));
  }
  return current;
}

function report(
  ctx: ImportContext,
  code: 'flow-reconnected' | 'flow-dropped' | 'flow-merged',
  f: FlowDraft,
  via: string,
): void {
  const el = f.el ?? { id: f.id, $type: 'bpmn:SequenceFlow' };
  ctx.warn(
    code,
    { id: typeof el.id === 'string' ? el.id : f.id, type: 'bpmn:SequenceFlow', via },
    el,
  );
}
