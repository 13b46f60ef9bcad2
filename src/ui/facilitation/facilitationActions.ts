import './strings';
import type { Action, ActionContext } from '../actions/action';
import { participantName } from '../workshop/participant';
import { facilitationStore } from './facilitationStore';
import { castVote, retractVote } from './voteCalls';

const PANEL = 'facilitation';

const selectedStep = (c: ActionContext): string | null => {
  const { steps, flows } = c.editor.state.selection;
  return steps.length === 1 && flows.length === 0 ? steps[0]! : null;
};

/** Opens the panel asking for the participant's name; true when there is one already. */
function needName(c: ActionContext): boolean {
  if (participantName()) return true;
  c.ui.setState({
    panel: PANEL,
    notice: { kind: 'info', text: c.t('facilitation.youNeeded') },
  });
  return false;
}

/** Moves the keyboard to the next (`+1`) or previous (`-1`) note on the map. */
function stepNote(c: ActionContext, by: 1 | -1): void {
  const notes = (c.editor.state.doc.notes ?? []).filter(
    (n) => !n.resolved || facilitationStore.getState().showResolved,
  );
  if (notes.length === 0) return;
  const at = notes.findIndex((n) => n.id === facilitationStore.getState().focusedNote);
  const next = notes[(at + by + notes.length) % notes.length]!;
  facilitationStore.setState({ focusedNote: next.id });
  if (next.on && c.editor.state.doc.steps.some((s) => s.id === next.on)) {
    c.ui.getState().canvas?.reveal(next.on);
  }
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>(`[data-note="${CSS.escape(next.id)}"]`)?.focus(),
  );
}

/** Workshop actions: the panel, a note on the selection, votes with the keyboard, note by note. */
export const facilitationActions: Action[] = [
  {
    id: 'facilitation.open',
    titleKey: 'facilitation.actionOpen',
    menu: 'view',
    icon: '✎',
    keys: ['Shift+W'],
    run: (c) => c.ui.setState({ panel: PANEL }),
  },
  {
    id: 'facilitation.note',
    titleKey: 'facilitation.actionNote',
    menu: 'edit',
    keys: ['N'],
    run: (c) => {
      c.ui.setState({ panel: PANEL });
      facilitationStore.setState((s) => ({ composeRequest: s.composeRequest + 1 }));
    },
  },
  {
    id: 'facilitation.vote',
    titleKey: 'facilitation.actionVote',
    menu: 'edit',
    keys: ['V'],
    enabled: (c) => selectedStep(c) !== null,
    run: (c) => {
      const step = selectedStep(c);
      if (step && needName(c)) castVote(c.editor, step);
    },
  },
  {
    id: 'facilitation.retract',
    titleKey: 'facilitation.actionRetract',
    menu: 'edit',
    keys: ['Shift+V'],
    enabled: (c) => selectedStep(c) !== null,
    run: (c) => {
      const step = selectedStep(c);
      if (step && needName(c)) retractVote(c.editor, step);
    },
  },
  {
    id: 'facilitation.nextNote',
    titleKey: 'facilitation.actionNextNote',
    menu: 'view',
    keys: [']'],
    run: (c) => stepNote(c, 1),
  },
  {
    id: 'facilitation.previousNote',
    titleKey: 'facilitation.actionPreviousNote',
    menu: 'view',
    keys: ['['],
    run: (c) => stepNote(c, -1),
  },
];
