import type { Editor } from '../../editor/createEditor';
import type { UiStore } from '../uiStore';

/**
 * Selects the steps a finding concerns and fits the canvas to all of them (one step: centred on
 * it; the table view just shows the selection). Ids the document no longer has are skipped.
 */
export function showSteps(editor: Editor, ui: UiStore, stepIds: readonly string[]): void {
  const present = new Set(editor.state.doc.steps.map((s) => s.id));
  const steps = stepIds.filter((id) => present.has(id));
  if (steps.length === 0) return;
  editor.select({ steps, flows: [] });
  ui.getState().canvas?.focusSteps(steps);
}
