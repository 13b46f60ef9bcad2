import type { Position, ProcessDocument } from '@flowsmith/model';
import {
  LANE_HEADER,
  LANE_PADDING,
  LANE_TAIL,
  axisSizes,
  emptyLaneSize,
  rowPitch,
} from './geometry';
import type { LaneKey } from './laneOf';
import type { LaneBand, Orientation } from './types';

/** Bands stacked around steps, and how far each lane's steps are shifted across the flow. */
export interface StackedLanes {
  bands: LaneBand[];
  /** Cross-axis shift of every step of a lane (0 unless the lane was pushed clear of the one before). */
  shifts: Map<LaneKey, number>;
}

/**
 * Stacks one band per lane (`null` first when some step is in it, then the roles in order) around
 * the steps of `lanes` at `positions`. Pure; linear in steps.
 *
 * A lane spans its steps' rows (centre ± half a row pitch ± padding) and reaches up to the band
 * before it, so bands are contiguous. Where a lane's steps reach into the band before it (rows of
 * two lanes interleave after a drag), the whole lane — steps and band — is shifted past it, and so
 * on down: every step always lies wholly inside its lane's band. Steps without a position or lane
 * are ignored; a lane without steps keeps an empty band. `minLength` stretches bands along the flow.
 */
export function stackLanes(
  doc: ProcessDocument,
  lanes: ReadonlyMap<string, LaneKey>,
  positions: ReadonlyMap<string, Position>,
  orientation: Orientation,
  minLength = 0,
): StackedLanes {
  const horizontal = orientation === 'horizontal';
  const half = rowPitch(orientation) / 2 + LANE_PADDING;
  const extent = new Map<LaneKey, { lo: number; hi: number }>();
  let mainMin = Infinity;
  let mainMax = -Infinity;
  let hasNull = false;
  for (const step of doc.steps) {
    const p = positions.get(step.id);
    const key = lanes.get(step.id);
    if (!p || key === undefined) continue;
    if (key === null) hasNull = true;
    const [main, cross] = horizontal ? [p.x, p.y] : [p.y, p.x];
    const size = axisSizes(step, orientation);
    mainMin = Math.min(mainMin, main - size.main / 2);
    mainMax = Math.max(mainMax, main + size.main / 2);
    const e = extent.get(key);
    if (e) {
      e.lo = Math.min(e.lo, cross - half);
      e.hi = Math.max(e.hi, cross + half);
    } else extent.set(key, { lo: cross - half, hi: cross + half });
  }
  if (mainMin === Infinity) [mainMin, mainMax] = [LANE_HEADER, LANE_HEADER];
  const start = mainMin - LANE_HEADER;
  const length = Math.max(minLength, mainMax + LANE_TAIL - start);
  const order: LaneKey[] = [...(hasNull ? [null] : []), ...doc.roles.map((r) => r.id)];
  const empty = emptyLaneSize(orientation);
  const firstFilled = order.findIndex((k) => extent.has(k));
  let cursor = firstFilled < 0 ? 0 : extent.get(order[firstFilled]!)!.lo - firstFilled * empty;
  const bands: LaneBand[] = [];
  const shifts = new Map<LaneKey, number>();
  for (const key of order) {
    const top = cursor;
    const e = extent.get(key);
    let bottom = top + empty;
    if (e) {
      const shift = Math.max(0, top - e.lo);
      shifts.set(key, shift);
      bottom = Math.max(bottom, e.hi + shift);
    }
    cursor = bottom;
    bands.push(
      horizontal
        ? { roleId: key, x: start, y: top, width: length, height: bottom - top }
        : { roleId: key, x: top, y: start, width: bottom - top, height: length },
    );
  }
  return { bands, shifts };
}
