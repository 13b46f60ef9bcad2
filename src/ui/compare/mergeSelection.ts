import { buildGraph, topologicalOrder, type CommandCall } from '@flowsmith/model';
import type { ActionContext } from '../actions/action';

/**
 * Merges the selected tasks into the first of them (`steps.merge`, one undo step), in flow order
 * whatever order they were selected in; a refusal (not consecutive, not tasks) becomes a notice.
 */
export function mergeSelection(ctx: ActionContext): void {
  const { doc, selection } = ctx.editor.state;
  const chosen = new Set(selection.steps);
  const ids = topologicalOrder(buildGraph(doc)).order.filter((id) => chosen.has(id));
  const call: CommandCall = { id: 'steps.merge', params: { ids } };
  const result = ctx.editor.execute(call, 'merge');
  if (result.ok) ctx.editor.select({ steps: [ids[0]!], flows: [] });
  else ctx.ui.setState({ notice: { kind: 'error', text: result.refusal.message } });
}
