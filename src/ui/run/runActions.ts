import './strings';
import type { Action } from '../actions/action';
import { downloadMachine } from './downloadMachine';

/** Menu actions of the run mode: open the panel, download the machine as TypeScript or JSON. */
export const runActions: Action[] = [
  {
    id: 'run.open',
    titleKey: 'run.actionOpen',
    menu: 'view',
    icon: '▶',
    run: (c) => c.ui.setState({ panel: 'run' }),
  },
  {
    id: 'run.downloadTs',
    titleKey: 'run.actionTs',
    menu: 'file',
    enabled: (c) => c.editor.state.doc.steps.length > 0,
    run: (c) => downloadMachine(c.editor.state.doc, 'ts', c.ui, c.t),
  },
  {
    id: 'run.downloadJson',
    titleKey: 'run.actionJson',
    menu: 'file',
    enabled: (c) => c.editor.state.doc.steps.length > 0,
    run: (c) => downloadMachine(c.editor.state.doc, 'json', c.ui, c.t),
  },
];
