/**
 * The canvas's flow routes: after every edit that is not part of a running gesture (a drag),
 * the whole map is routed in the layout worker (`routeFlows` of `@flowsmith/layout`, around the
 * boxes of `laneGeometry`) and the edges draw the last answer; a flow whose end moved since draws
 * a plain path until the next answer. Routes are derived state, never stored in the document.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FlowRoute, LabelSize, LaneGeometry, Rect } from '@flowsmith/layout';
import type { Position, ProcessDocument, Step } from '@flowsmith/model';
import { routeInWorker } from '../layout/runLayout';
import type { EdgeRouting } from './deriveNodes';
import { flowChipText } from './flowChip';
import { shapeSize } from './stepShape';

/** Wait this long after the last edit before routing, so typing and nudging do not queue work. */
const SETTLE_MS = 120;

function sameRoute(a: FlowRoute, b: FlowRoute): boolean {
  return (
    a.points.length === b.points.length &&
    a.points.every((p, i) => p.x === b.points[i]!.x && p.y === b.points[i]!.y) &&
    a.label?.x === b.label?.x &&
    a.label?.y === b.label?.y &&
    a.fallback === b.fallback
  );
}

/**
 * Where a step is drawn when that is not its own position: moved into its lane or with its lane
 * (`offsets` of `laneGeometry`); undefined when it is drawn where it is. Pure.
 */
export function drawnPosition(geometry: LaneGeometry, step: Step): Position | undefined {
  const d = geometry.offsets.get(step.id);
  if (!step.position || !d) return undefined;
  return { x: step.position.x + d.x, y: step.position.y + d.y };
}

/** The canvas's routing: the last routes and the boxes they are for; see the module comment. */
export function useFlowRoutes(
  doc: ProcessDocument,
  geometry: LaneGeometry,
  gestureRunning: boolean,
): EdgeRouting | undefined {
  const [answer, setAnswer] = useState<{
    routes: Map<string, FlowRoute>;
    boxes: Map<string, Rect>;
  } | null>(null);
  const latest = useRef(0);
  // What the last request routed: an edit that changes neither the flows nor any step's box
  // (a rename, a duration) needs no new routes.
  const sent = useRef<{ flows: unknown; boxes: ReadonlyMap<string, Rect> } | null>(null);
  useEffect(() => {
    if (gestureRunning || typeof Worker === 'undefined') return;
    const last = sent.current;
    if (last && last.flows === doc.flows && sameBoxes(last.boxes, geometry.placements)) return;
    const request = ++latest.current;
    const timer = setTimeout(() => {
      sent.current = { flows: doc.flows, boxes: geometry.placements };
      const boxes = new Map(geometry.placements);
      const labels = new Map<string, LabelSize>();
      for (const f of doc.flows) {
        const text = flowChipText(f);
        // A chip: 11 px text with padding (CJK characters are about twice as wide as Latin ones).
        if (text !== null) labels.set(f.id, { width: chipWidth(text), height: 22 });
      }
      const flows = doc.flows.map((f) => ({ id: f.id, from: f.from, to: f.to }));
      routeInWorker(boxes, flows, geometry.orientation, labels).then(
        (routes) => {
          if (request !== latest.current) return;
          setAnswer((old) => {
            // Keep the old route object where nothing changed, so its edge keeps its identity.
            if (old)
              for (const [id, r] of routes) {
                const before = old.routes.get(id);
                if (before && sameRoute(before, r)) routes.set(id, before);
              }
            return { routes, boxes };
          });
        },
        () => {
          // Routing is a nicety: on failure the edges keep their plain paths.
        },
      );
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [doc, geometry, gestureRunning]);
  return useMemo(() => {
    if (!answer) return undefined;
    return {
      ...answer,
      boxOf: (step: Step) => {
        if (!step.position) return undefined;
        const d = geometry.offsets.get(step.id);
        const { width, height } = shapeSize(step);
        const cx = step.position.x + (d?.x ?? 0);
        const cy = step.position.y + (d?.y ?? 0);
        return { x: cx - width / 2, y: cy - height / 2, width, height };
      },
    };
  }, [answer, geometry]);
}

function sameBoxes(a: ReadonlyMap<string, Rect>, b: ReadonlyMap<string, Rect>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [id, r] of a) {
    const o = b.get(id);
    if (!o || o.x !== r.x || o.y !== r.y || o.width !== r.width || o.height !== r.height)
      return false;
  }
  return true;
}

/** The width of a flow's label chip with `text`, estimated (11 px text and padding). Pure. */
export function chipWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 11 : 6.5;
  return w + 24;
}
