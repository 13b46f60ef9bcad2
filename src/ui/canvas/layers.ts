/**
 * Canvas layers: components rendered inside React Flow, above the steps, that draw on the map
 * without changing it — the analysis heat overlay and badges, the run mode's active steps, the
 * diff colours. A layer reads the document and its own feature state, and positions itself in
 * flow coordinates (React Flow's `ViewportPortal`, `useInternalNode`). To add one, write the
 * component and add one line here.
 */
import type { ComponentType } from 'react';
import { AnalysisLayer } from '../analysis/AnalysisLayer';
import { RunLayer } from '../run/RunLayer';
import { DiffLayer } from '../compare/DiffLayer';
import { FlowLabelEditor } from './FlowLabelEditor';
import { PresenceLayer } from '../workshop/PresenceLayer';
import { FacilitationLayer } from '../facilitation/FacilitationLayer';
import { ConformanceLayer } from '../mining/ConformanceLayer';

/** A canvas layer: an id (for React keys) and its component. */
export interface CanvasLayer {
  id: string;
  Component: ComponentType;
}

/** The registered layers, drawn in this order. */
export const canvasLayers: CanvasLayer[] = [
  { id: 'analysis', Component: AnalysisLayer },
  { id: 'run', Component: RunLayer },
  { id: 'diff', Component: DiffLayer },
  { id: 'flowLabel', Component: FlowLabelEditor },
  { id: 'presence', Component: PresenceLayer },
  { id: 'facilitation', Component: FacilitationLayer },
  { id: 'conformance', Component: ConformanceLayer },
];
