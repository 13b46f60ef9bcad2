import './strings';
import type { Action } from '../actions/action';
import { createToBeCopy } from './createToBeCopy';
import { mergeSelection } from './mergeSelection';

/** Menu actions of the comparison: open the panel, copy the open process as a new to-be, merge steps. */
export const compareActions: Action[] = [
  {
    id: 'compare.open',
    titleKey: 'compare.actionOpen',
    menu: 'view',
    icon: '⇄',
    run: (c) => c.ui.setState({ panel: 'compare' }),
  },
  {
    id: 'compare.copy',
    titleKey: 'compare.actionCopy',
    menu: 'file',
    enabled: (c) => c.editor.state.doc.steps.length > 0,
    run: (c) => createToBeCopy(c, c.t),
  },
  {
    id: 'compare.merge',
    titleKey: 'compare.actionMerge',
    menu: 'edit',
    enabled: (c) => c.editor.state.selection.steps.length >= 2,
    run: mergeSelection,
  },
];
