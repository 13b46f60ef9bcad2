import { alignCall, type AlignMode } from '../../editor/align';
import { layoutInWorker, moveCall } from '../layout/runLayout';
import type { Action, ActionContext } from './action';

async function autoLayout(ctx: ActionContext, selectionOnly: boolean) {
  const { doc, selection } = ctx.editor.state;
  if (selectionOnly && selection.steps.length === 0) return;
  ctx.ui.setState({ layoutRunning: true });
  try {
    const positions = await layoutInWorker(doc, selectionOnly ? selection.steps : undefined);
    const call = moveCall(ctx.editor.state.doc, positions);
    if (call) ctx.editor.execute(call, selectionOnly ? 'layout.selection' : 'layout');
    if (!selectionOnly) requestAnimationFrame(() => ctx.ui.getState().canvas?.fitView());
  } catch (e) {
    ctx.ui.setState({
      notice: {
        kind: 'error',
        text: ctx.t('layout.failed', { detail: e instanceof Error ? e.message : String(e) }),
      },
    });
  } finally {
    ctx.ui.setState({ layoutRunning: false });
  }
}

const align = (mode: AlignMode): Action => ({
  id: `arrange.align.${mode}`,
  titleKey: `action.align.${mode}`,
  menu: 'arrange',
  enabled: (c) => c.editor.state.selection.steps.length > 1,
  run: (c) => {
    const call = alignCall(c.editor.state.doc, c.editor.state.selection.steps, mode);
    if (call) c.editor.execute(call, 'align');
  },
});

/** Auto-layout (all or the selection) and alignment. */
export const arrangeActions: Action[] = [
  {
    id: 'arrange.layout',
    titleKey: 'action.layout',
    menu: 'arrange',
    icon: '⚙',
    toolbar: true,
    keys: ['Mod+Shift+L'],
    run: (c) => autoLayout(c, false),
  },
  {
    id: 'arrange.layoutSelection',
    titleKey: 'action.layoutSelection',
    menu: 'arrange',
    enabled: (c) => c.editor.state.selection.steps.length > 0,
    run: (c) => autoLayout(c, true),
  },
  align('left'),
  align('centre'),
  align('right'),
  align('top'),
  align('middle'),
  align('bottom'),
];
