import './strings';
import type { Action } from '../actions/action';
import { setAnalysisHeat } from './heatSync';
import { createToBe } from './createToBe';

/** Menu actions of the analysis: open the panel, toggle the heat map, create the to-be. */
export const analysisActions: Action[] = [
  {
    id: 'analysis.open',
    titleKey: 'analysis.actionOpen',
    menu: 'view',
    icon: '◔',
    keys: ['Mod+Shift+A'],
    run: (c) => c.ui.setState({ panel: 'analysis' }),
  },
  {
    id: 'analysis.heat',
    titleKey: 'analysis.actionHeat',
    menu: 'view',
    keys: ['Mod+Shift+H'],
    run: (c) => {
      // The heat needs figures: from now on the canvas layer keeps the analysis running.
      c.panels.analysis.setState({ active: true });
      setAnalysisHeat(c.panels, c.panels.analysis.getState().heat ? null : 'utilization');
    },
  },
  {
    id: 'analysis.toBe',
    titleKey: 'analysis.actionToBe',
    menu: 'file',
    enabled: (c) =>
      c.editor.state.doc.steps.length > 0 && !c.panels.analysis.getState().toBeRunning,
    run: (c) => createToBe(c, c.t),
  },
];
