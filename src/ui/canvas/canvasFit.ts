import type { ReactFlowInstance } from '@xyflow/react';
import type { ProcessDocument } from '@flowsmith/model';
import { laneOrientation } from '../../editor/lanes';
import { laneHeaderSize } from './laneHeaderSize';
import { LEGIBLE_ZOOM, openingViewport, type Viewport } from './openingViewport';

/** The least zoom while presenting (larger type for a projector): step names at 13 px or more. */
export const PRESENTING_ZOOM = 1.1;

/** The canvas's pane (the React Flow element), or null when it is not showing. */
export function canvasPane(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.fs-canvas .react-flow');
}

/**
 * The viewport "Fit" goes to on the canvas now: `openingViewport` over the drawn steps, lane
 * bands and start event, beside the pinned lane headers; `null` with no steps or no canvas.
 * With `only`, fits just those steps (focusing a finding), at whatever zoom shows them all.
 */
export function canvasFit(
  rf: ReactFlowInstance,
  doc: ProcessDocument,
  presenting: boolean,
  only?: readonly string[],
): Viewport | null {
  const pane = canvasPane();
  if (!pane || doc.steps.length === 0) return null;
  const nodes = rf.getNodes();
  const steps = only ? only.filter((id) => rf.getNode(id)) : nodes.filter((n) => n.type === 'step');
  if (steps.length === 0) return null;
  const lanes = nodes.filter((n) => n.type === 'lane');
  const orientation = laneOrientation(doc);
  const startStep = doc.steps.find((s) => s.type === 'start');
  return openingViewport({
    steps: rf.getNodesBounds(steps),
    lanes: only || lanes.length === 0 ? null : rf.getNodesBounds(lanes),
    start:
      !only && startStep && rf.getNode(startStep.id) ? rf.getNodesBounds([startStep.id]) : null,
    screen: { width: pane.clientWidth, height: pane.clientHeight },
    orientation,
    header: lanes.length ? laneHeaderSize(orientation, presenting) : 0,
    minZoom: only ? 0.1 : presenting ? PRESENTING_ZOOM : LEGIBLE_ZOOM,
    maxZoom: presenting ? 1.6 : 1.2,
  });
}
