/**
 * The canvas's viewport: the handle the rest of the app moves it with (fit, zoom, focus on steps,
 * reveal, centre), the fitted opening view of each newly opened document, and a fit again when
 * presentation mode changes the canvas's size. Must run inside the React Flow provider.
 */
import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useServices } from '../EditorContext';
import { laneOrientation } from '../../editor/lanes';
import { canvasFit, canvasPane } from './canvasFit';
import { laneHeaderSize } from './laneHeaderSize';

/** Installs the canvas handle and the opening view; `docKey` changes when another document opens. */
export function useCanvasViewport(docKey: string | null | undefined, presenting: boolean): void {
  const { editor, ui } = useServices();
  const rf = useReactFlow();
  useEffect(() => {
    ui.setState({
      canvas: {
        // Fit: lanes' height, from the start event, never below a legible zoom (canvasFit).
        fitView: () => {
          const v = canvasFit(rf, editor.state.doc, ui.getState().presenting);
          if (v) void rf.setViewport(v, { duration: 200 });
        },
        zoomIn: () => void rf.zoomIn({ duration: 150 }),
        zoomOut: () => void rf.zoomOut({ duration: 150 }),
        focusStep: (id) => {
          const s = editor.state.doc.steps.find((x) => x.id === id);
          if (s?.position)
            void rf.setCenter(s.position.x, s.position.y, {
              zoom: Math.max(rf.getZoom(), 1),
              duration: 250,
            });
        },
        focusSteps: (ids) => {
          const v =
            ids.length > 1 && canvasFit(rf, editor.state.doc, ui.getState().presenting, ids);
          if (v) void rf.setViewport(v, { duration: 250 });
          else if (ids[0]) ui.getState().canvas?.focusStep(ids[0]);
        },
        reveal: (id) => {
          const s = editor.state.doc.steps.find((x) => x.id === id);
          const el = document.querySelector('.react-flow');
          const r = el?.getBoundingClientRect();
          if (!s?.position || !r) return;
          const tl = rf.screenToFlowPosition({ x: r.left + 60, y: r.top + 60 });
          const br = rf.screenToFlowPosition({ x: r.right - 60, y: r.bottom - 60 });
          const { x, y } = s.position;
          if (x < tl.x || x > br.x || y < tl.y || y > br.y)
            void rf.setCenter(x, y, { zoom: rf.getZoom(), duration: 200 });
        },
        centre: () => {
          const el = document.querySelector('.react-flow');
          const r = el?.getBoundingClientRect();
          return r
            ? rf.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 })
            : { x: 0, y: 0 };
        },
        element: () => document.querySelector<HTMLElement>('.react-flow'),
      },
    });
    return () => ui.setState({ canvas: null });
  }, [ui, rf, editor]);

  // A newly opened document opens fitted (all lanes, from the start event, at a legible zoom,
  // clear of the lane headers; see openingViewport); an empty one at 100 % beside the headers.
  useEffect(() => {
    const id = requestAnimationFrame(() => {
      const doc0 = editor.state.doc;
      const header = laneHeaderSize(laneOrientation(doc0), ui.getState().presenting);
      const v = canvasFit(rf, doc0, ui.getState().presenting);
      if (v) void rf.setViewport(v);
      else if (canvasPane())
        void rf.setViewport({ x: (doc0.roles.length ? header : 0) + 40, y: 60, zoom: 1 });
    });
    return () => cancelAnimationFrame(id);
  }, [docKey, rf, editor, ui]);

  // Entering or leaving presentation mode (the canvas changes size): fit again once it has.
  const presented = useRef(presenting);
  useEffect(() => {
    if (presented.current === presenting) return;
    presented.current = presenting;
    const id = setTimeout(() => ui.getState().canvas?.fitView(), 150);
    return () => clearTimeout(id);
  }, [presenting, ui]);
}
