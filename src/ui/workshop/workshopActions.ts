import './strings';
import type { Action } from '../actions/action';

/** File-menu actions of the workshop: join a room (the dialog), leave it. */
export const workshopActions: Action[] = [
  {
    id: 'workshop.join',
    titleKey: 'workshop.actionJoin',
    menu: 'file',
    icon: '👥',
    run: (c) => c.workshop.store.setState({ dialog: true }),
  },
  {
    id: 'workshop.leave',
    titleKey: 'workshop.actionLeave',
    menu: 'file',
    enabled: (c) => c.workshop.store.getState().status !== 'idle',
    run: (c) => c.workshop.leave(),
  },
];
