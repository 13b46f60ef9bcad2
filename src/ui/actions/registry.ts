/**
 * Every action of the app's chrome: the top-bar menus, toolbar buttons, keyboard shortcuts and
 * the help dialog all read this list. To add an action, write it (see `Action`) and add one line.
 */
import type { Action } from './action';
import { arrangeActions } from './arrangeActions';
import { editActions } from './editActions';
import { fileActions } from './fileActions';
import { viewActions } from './viewActions';
import { bpmnActions } from '../bpmn/bpmnActions';
import { miningActions } from '../mining/miningActions';
import { analysisActions } from '../analysis/analysisActions';
import { runActions } from '../run/runActions';
import { sopActions } from '../sop/sopActions';
import { compareActions } from '../compare/compareActions';
import { workshopActions } from '../workshop/workshopActions';
import { facilitationActions } from '../facilitation/facilitationActions';

const helpActions: Action[] = [
  {
    id: 'help.shortcuts',
    titleKey: 'action.shortcuts',
    menu: 'help',
    icon: '?',
    toolbar: true,
    keys: ['?', 'F1'],
    run: (c) => c.ui.setState({ dialog: { type: 'help' } }),
  },
];

/** The registered actions, in menu order. */
export const actions: readonly Action[] = [
  ...fileActions,
  ...bpmnActions,
  ...miningActions,
  ...editActions,
  ...viewActions,
  ...analysisActions,
  ...runActions,
  ...sopActions,
  ...compareActions,
  ...workshopActions,
  ...facilitationActions,
  ...arrangeActions,
  ...helpActions,
];

/** The action with this id (throws on a typo: ids are code, not user input). */
export function actionById(id: string): Action {
  const a = actions.find((x) => x.id === id);
  if (!a) throw new Error(`no action ${id}`);
  return a;
}
