import './strings';
import type { Action } from '../actions/action';

/** Menu actions of the SOP panel: open it. */
export const sopActions: Action[] = [
  {
    id: 'sop.open',
    titleKey: 'sop.actionOpen',
    menu: 'view',
    icon: '☰',
    run: (c) => c.ui.setState({ panel: 'sop' }),
  },
];
