/**
 * The side panels of the app, shown as tabs beside the canvas. To add a panel (analysis,
 * simulation, BPMN view, run mode, SOP preview, …) write a component that reads the editor
 * through `useEditorState` / `useEditor` and add one line here.
 */
import { lazy, type ComponentType } from 'react';
import { Inspector } from '../inspector/Inspector';
import { RolesPanel } from './RolesPanel';
import { DataPanel } from './DataPanel';
import { RisksPanel } from './RisksPanel';
import { SimulationPanel } from '../simulation/SimulationPanel';
import { AnalysisPanel } from '../analysis/AnalysisPanel';
import { RunPanel } from '../run/RunPanel';
import { FacilitationPanel } from '../facilitation/FacilitationPanel';

// The BPMN, SOP and compare panels load on first use, in chunks of their own: they bring bpmn
// export, the SOP renderers and the report maths, which the editor's first load does not need.
// Their tab titles come from their strings modules, which the actions load up front.
const BpmnPanel = lazy(() => import('../bpmn/BpmnPanel').then((m) => ({ default: m.BpmnPanel })));
const SopPanel = lazy(() => import('../sop/SopPanel').then((m) => ({ default: m.SopPanel })));
const LogPanel = lazy(() => import('../mining/LogPanel').then((m) => ({ default: m.LogPanel })));
const ComparePanel = lazy(() =>
  import('../compare/ComparePanel').then((m) => ({ default: m.ComparePanel })),
);

/**
 * A side panel: its id, the i18n key of its tab title, a one-character icon and its component
 * (which may be `lazy`: the side panel renders it inside a Suspense boundary).
 */
export interface PanelDefinition {
  id: string;
  titleKey: string;
  icon: string;
  Component: ComponentType;
}

/** The registered panels, in tab order. */
export const panels: readonly PanelDefinition[] = [
  { id: 'inspector', titleKey: 'panel.inspector', icon: 'ℹ', Component: Inspector },
  { id: 'roles', titleKey: 'panel.roles', icon: '☷', Component: RolesPanel },
  { id: 'data', titleKey: 'panel.data', icon: '▤', Component: DataPanel },
  { id: 'risks', titleKey: 'panel.risks', icon: '⚑', Component: RisksPanel },
  { id: 'bpmn', titleKey: 'bpmn.panel', icon: '◇', Component: BpmnPanel },
  { id: 'analysis', titleKey: 'analysis.panel', icon: '◔', Component: AnalysisPanel },
  { id: 'simulation', titleKey: 'simulation.title', icon: '◷', Component: SimulationPanel },
  { id: 'run', titleKey: 'run.panel', icon: '▶', Component: RunPanel },
  { id: 'sop', titleKey: 'sop.panel', icon: '☰', Component: SopPanel },
  { id: 'compare', titleKey: 'compare.panel', icon: '⇄', Component: ComparePanel },
  { id: 'log', titleKey: 'log.panel', icon: '≋', Component: LogPanel },
  { id: 'facilitation', titleKey: 'facilitation.panel', icon: '✎', Component: FacilitationPanel },
];
