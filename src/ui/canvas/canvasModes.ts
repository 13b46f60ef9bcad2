/**
 * Short-lived canvas modes shared by the canvas, the step nodes and the context pad: editing a
 * step's name or a flow's label in place, and "connect": the next step the user selects (a
 * click, or Enter on a focused step) becomes the target of a new flow from the source. One
 * canvas is open at a time, so the modes live in one small store.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { freshId } from '@flowsmith/model';
import type { Editor } from '../../editor/createEditor';

/** The modes in progress (at most one step each). */
export interface CanvasModes {
  /** The step whose name is being edited on the canvas. */
  editing: string | null;
  /** The step a "connect" started from; the next selected step is the target. */
  connectFrom: string | null;
  /** The flow whose label is being edited, and where (flow coordinates) the field is. */
  editingFlow: { id: string; at: { x: number; y: number } } | null;
}

/** The store of the canvas modes. */
export const canvasModes = createStore<CanvasModes>(() => ({
  editing: null,
  connectFrom: null,
  editingFlow: null,
}));

/** Subscribes a component to a slice of the canvas modes. */
export function useCanvasModes<T>(selector: (s: CanvasModes) => T): T {
  return useStore(canvasModes, selector);
}

/** Starts editing the name of step `id` in place (the step node shows the editor). */
export function startLabelEdit(id: string): void {
  cancelConnect();
  canvasModes.setState({ editing: id, editingFlow: null });
}

/** Ends editing a name in place (after a commit or a cancel). */
export function stopLabelEdit(): void {
  canvasModes.setState({ editing: null });
}

/** Starts editing the label of flow `id` in place, in a field centred at `at` (flow coordinates). */
export function startFlowLabelEdit(id: string, at: { x: number; y: number }): void {
  cancelConnect();
  canvasModes.setState({ editing: null, editingFlow: { id, at } });
}

/** Ends editing a flow's label in place. */
export function stopFlowLabelEdit(): void {
  canvasModes.setState({ editingFlow: null });
}

let endConnect: (() => void) | null = null;

/** Leaves the connect mode without connecting. */
export function cancelConnect(): void {
  endConnect?.();
}

/**
 * Enters the connect mode from step `fromId`: the next selection of a single other step
 * connects `fromId` to it (one undo step) and selects the new flow; selecting nothing, several
 * things, or pressing Escape leaves the mode without connecting.
 */
export function startConnect(editor: Editor, fromId: string): void {
  cancelConnect();
  canvasModes.setState({ connectFrom: fromId });
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    finish();
  };
  const unsubscribe = editor.store.subscribe((state, previous) => {
    if (state.selection === previous.selection) return;
    const { steps, flows } = state.selection;
    const to = steps.length === 1 && flows.length === 0 ? steps[0] : undefined;
    if (to === fromId) return;
    finish();
    if (to === undefined) return;
    const id = freshId(editor.state.doc, 'flow');
    const r = editor.execute(
      { id: 'flow.connect', params: { id, from: fromId, to } },
      'flow.connect',
    );
    if (r.ok) editor.select({ steps: [], flows: [id] });
  });
  function finish() {
    unsubscribe();
    globalThis.removeEventListener?.('keydown', onKey, true);
    endConnect = null;
    canvasModes.setState({ connectFrom: null });
  }
  // (No window in Node, where the mode is tested without a DOM.)
  globalThis.addEventListener?.('keydown', onKey, true);
  endConnect = finish;
}
