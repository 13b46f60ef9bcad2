import type { Position, ProcessDocument } from '@flowsmith/model';
import {
  LANE_HEADER,
  LANE_PADDING,
  LANE_TAIL,
  axisSizes,
  emptyLaneSize,
  rowPitch,
  toAxes,
} from './geometry';
import { laneOf, laneOrder, type LaneKey } from './laneOf';
import type { LaneBand, Orientation } from './types';

/**
 * The swimlanes around steps at the given positions (centres): one band per role in role order,
 * plus a first band for role-less steps that have no neighbour with a role. Synchronous, cheap
 * (linear in steps and flows) and pure — the editor and the SOP call it on every drawing.
 *
 * Bands are contiguous and share one extent along the flow. Each band spans its steps' rows; where
 * steps of two roles interleave (after a drag), the boundary sits midway. A role with no placed
 * steps keeps an empty band. Steps without a position are ignored.
 */
export function laneBands(
  doc: ProcessDocument,
  positions: Readonly<Record<string, Position>>,
  orientation: Orientation = doc.view?.lanes ?? 'horizontal',
): LaneBand[] {
  const lanes = laneOf(doc);
  const order = laneOrder(doc, lanes);
  const half = rowPitch(orientation) / 2 + LANE_PADDING;
  const extent = new Map<LaneKey, { top: number; bottom: number }>();
  let mainMin = Infinity;
  let mainMax = -Infinity;
  for (const step of doc.steps) {
    const p = Object.hasOwn(positions, step.id) ? positions[step.id] : undefined;
    if (!p) continue;
    const { main, cross } = toAxes(p, orientation);
    const size = axisSizes(step, orientation);
    mainMin = Math.min(mainMin, main - size.main / 2);
    mainMax = Math.max(mainMax, main + size.main / 2);
    const key = lanes.get(step.id) ?? null;
    const e = extent.get(key);
    if (e) {
      e.top = Math.min(e.top, cross - half);
      e.bottom = Math.max(e.bottom, cross + half);
    } else extent.set(key, { top: cross - half, bottom: cross + half });
  }
  if (mainMin === Infinity) {
    mainMin = LANE_HEADER;
    mainMax = LANE_HEADER;
  }
  const start = mainMin - LANE_HEADER;
  const length = mainMax + LANE_TAIL - start;
  const empty = emptyLaneSize(orientation);
  const firstFilled = order.findIndex((k) => extent.has(k));
  let cursor = firstFilled < 0 ? 0 : extent.get(order[firstFilled]!)!.top - firstFilled * empty;
  const bands: LaneBand[] = [];
  order.forEach((key, i) => {
    const top = cursor;
    const e = extent.get(key);
    let bottom = top + empty;
    if (e) {
      bottom = Math.max(top + empty, e.bottom);
      const next = order[i + 1];
      const nextExtent = next === undefined ? undefined : extent.get(next);
      // Interleaved rows: meet in the middle instead of overlapping the next band.
      if (nextExtent && nextExtent.top < bottom)
        bottom = Math.max(top + empty / 2, (e.bottom + nextExtent.top) / 2);
    }
    cursor = bottom;
    bands.push(
      orientation === 'horizontal'
        ? { roleId: key, x: start, y: top, width: length, height: bottom - top }
        : { roleId: key, x: top, y: start, width: bottom - top, height: length },
    );
  });
  return bands;
}
