import { EMPTY_SELECTION } from '../../editor/editorState';
import { copySelection, deleteCalls, pasteCall } from '../../editor/clipboard';
import { leavePresentation } from '../chrome/presentation';
import type { Action, ActionContext } from './action';

const hasSelection = (ctx: ActionContext) => {
  const s = ctx.editor.state.selection;
  return s.steps.length + s.flows.length > 0;
};

/** Deletes the selection (steps with their flows, and selected flows) as one undo step. */
export function deleteSelection(ctx: ActionContext) {
  const { doc, selection } = ctx.editor.state;
  const calls = deleteCalls(doc, selection);
  if (calls.length) ctx.editor.execute(calls, 'delete');
}

/** Pastes copies of the selected steps next to them and selects the copies. */
export function duplicateSelection(ctx: ActionContext) {
  const { doc, selection } = ctx.editor.state;
  const fragment = copySelection(doc, selection);
  if (!fragment) return;
  const { call, stepIds } = pasteCall(doc, fragment, { x: 40, y: 40 });
  if (ctx.editor.execute(call, 'duplicate').ok) ctx.editor.select({ steps: stepIds, flows: [] });
}

/** Undo, redo, clipboard, delete, select all, escape. */
export const editActions: Action[] = [
  {
    id: 'edit.undo',
    titleKey: 'action.undo',
    menu: 'edit',
    icon: '↶',
    toolbar: true,
    keys: ['Mod+Z'],
    enabled: (c) => c.editor.canUndo(),
    run: (c) => void c.editor.undo(),
  },
  {
    id: 'edit.redo',
    titleKey: 'action.redo',
    menu: 'edit',
    icon: '↷',
    toolbar: true,
    keys: ['Mod+Shift+Z', 'Mod+Y'],
    enabled: (c) => c.editor.canRedo(),
    run: (c) => void c.editor.redo(),
  },
  {
    id: 'edit.cut',
    titleKey: 'action.cut',
    menu: 'edit',
    keys: ['Mod+X'],
    clipboard: true,
    enabled: hasSelection,
    run: () => void document.execCommand('cut'),
  },
  {
    id: 'edit.copy',
    titleKey: 'action.copy',
    menu: 'edit',
    keys: ['Mod+C'],
    clipboard: true,
    enabled: hasSelection,
    run: () => void document.execCommand('copy'),
  },
  {
    id: 'edit.paste',
    titleKey: 'action.paste',
    menu: 'edit',
    keys: ['Mod+V'],
    clipboard: true,
    run: () => void document.execCommand('paste'),
  },
  {
    id: 'edit.duplicate',
    titleKey: 'action.duplicate',
    menu: 'edit',
    keys: ['Mod+D'],
    enabled: (c) => c.editor.state.selection.steps.length > 0,
    run: duplicateSelection,
  },
  {
    id: 'edit.delete',
    titleKey: 'action.delete',
    menu: 'edit',
    keys: ['Delete', 'Backspace'],
    enabled: hasSelection,
    run: deleteSelection,
  },
  {
    id: 'edit.selectAll',
    titleKey: 'action.selectAll',
    menu: 'edit',
    keys: ['Mod+A'],
    run: (c) =>
      c.editor.select({
        steps: c.editor.state.doc.steps.map((s) => s.id),
        flows: c.editor.state.doc.flows.map((f) => f.id),
      }),
  },
  {
    id: 'edit.escape',
    titleKey: 'action.escape',
    menu: 'edit',
    keys: ['Escape'],
    run: (c) => {
      if (c.editor.state.gesture) c.editor.cancelGesture();
      else if (c.ui.getState().dialog) c.ui.setState({ dialog: null });
      else if (c.ui.getState().searchOpen) c.ui.setState({ searchOpen: false });
      else if (c.ui.getState().presenting) leavePresentation(c.ui);
      else c.editor.select(EMPTY_SELECTION);
    },
  },
];
