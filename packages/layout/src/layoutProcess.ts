import type { Position, ProcessDocument, Step } from '@flowsmith/model';
import { elkLayers, type ElkPlacement } from './elkLayers';
import { elbowRoutes, gridLayers, isLargeForLayout } from './gridLayout';
import {
  LANE_HEADER,
  LANE_PADDING,
  LAYER_GAP,
  STEP_GAP,
  axisSizes,
  emptyLaneSize,
  fromAxes,
  rowPitch,
  toAxes,
} from './geometry';
import { setPosition } from './setPosition';
import { laneOrder, type LaneKey } from './laneOf';
import { laneGeometry } from './laneGeometry';
import { laneMembership } from './laneMembership';
import { routeFlows } from './router/routeFlows';
import type { LayoutOptions, LayoutResult, Orientation } from './types';

interface Box {
  lo: number;
  hi: number;
  cross: number;
}

/**
 * Lays out a process with ELK's layered algorithm, roles as swimlanes. Deterministic; does not
 * change `doc`.
 *
 * ELK orders the steps along the flow (left to right, or top down when `vertical`); each step then
 * takes the first free row of its lane (`laneMembership`), in the order ELK stacked them, so no two steps
 * overlap and lanes follow the role order. With `only`, just those steps are laid out: as a block
 * where they were (or after the rest), each in its lane's first free row, the rest keeping their
 * positions. `positions` holds the centre of every placed step (steps outside `only` that had no
 * position stay without one); `lanes` are `laneGeometry`'s bands; `routes` each flow's orthogonal
 * route around the steps (`routeFlows` over the final geometry — not ELK's bendpoints, which no
 * longer meet the steps once they are moved to their lanes' rows), empty with `routes: false`.
 */
export async function layoutProcess(
  doc: ProcessDocument,
  options: LayoutOptions = {},
): Promise<LayoutResult> {
  const orientation = options.orientation ?? doc.view?.lanes ?? 'horizontal';
  const only = options.only ? new Set(options.only) : undefined;
  const moving = only ? doc.steps.filter((s) => only.has(s.id)) : doc.steps;
  // Large processes take the simple linear-time path (gridLayout.ts); the result says so.
  const large = isLargeForLayout(doc);
  const placed = large
    ? gridLayers(doc, moving, orientation)
    : await elkLayers(doc, moving, orientation);
  const positions: Record<string, Position> = {};
  if (!only) {
    placeInFreshLanes(doc, moving, placed, orientation, positions);
  } else {
    for (const s of doc.steps)
      if (!only.has(s.id) && s.position) setPosition(positions, s.id, { ...s.position });
    placeAmongFixed(doc, moving, placed, orientation, positions);
  }
  const geometry = laneGeometry(doc, { positions, orientation });
  const routes =
    options.routes === false
      ? new Map()
      : (large ? elbowRoutes : routeFlows)(geometry.placements, doc.flows, { orientation });
  return { positions, lanes: geometry.bands, routes, ...(large ? { simplified: true } : {}) };
}

/** Full layout: lanes stacked from 0, each as tall as its rows. */
function placeInFreshLanes(
  doc: ProcessDocument,
  steps: readonly Step[],
  placed: Map<string, ElkPlacement>,
  orientation: Orientation,
  out: Record<string, Position>,
): void {
  const lanes = laneMembership(doc, new Map(), orientation);
  const pitch = rowPitch(orientation);
  const mainShift =
    LANE_HEADER - steps.reduce((m, s) => Math.min(m, lowEdge(s, placed, orientation)), Infinity);
  const byLane = new Map<LaneKey, Step[]>();
  for (const s of byElkCross(steps, placed)) {
    const key = lanes.get(s.id) ?? null;
    byLane.set(key, [...(byLane.get(key) ?? []), s]);
  }
  let top = 0;
  for (const key of laneOrder(doc, lanes)) {
    const rows: Box[][] = [];
    for (const s of byLane.get(key) ?? []) {
      const main = placed.get(s.id)!.main + mainShift;
      const half = axisSizes(s, orientation).main / 2 + STEP_GAP / 2;
      let r = rows.findIndex((row) => row.every((b) => b.hi <= main - half || b.lo >= main + half));
      if (r < 0) r = rows.push([]) - 1;
      rows[r]!.push({ lo: main - half, hi: main + half, cross: 0 });
      setPosition(
        out,
        s.id,
        fromAxes(main, top + LANE_PADDING + pitch / 2 + r * pitch, orientation),
      );
    }
    top += rows.length === 0 ? emptyLaneSize(orientation) : rows.length * pitch + 2 * LANE_PADDING;
  }
}

/** Partial layout: the moving block keeps its place along the flow, rows avoid the fixed steps. */
function placeAmongFixed(
  doc: ProcessDocument,
  steps: readonly Step[],
  placed: Map<string, ElkPlacement>,
  orientation: Orientation,
  out: Record<string, Position>,
): void {
  const fixed = new Map(Object.entries(out));
  const lanes = laneMembership(doc, fixed, orientation);
  const pitch = rowPitch(orientation);
  const bands = new Map(
    laneGeometry(doc, { positions: fixed, orientation }).bands.map((b) => [b.roleId, b]),
  );
  const boxes: Box[] = [];
  let fixedEnd = -Infinity;
  for (const s of doc.steps) {
    const p = Object.hasOwn(out, s.id) ? out[s.id] : undefined;
    if (!p) continue;
    const { main, cross } = toAxes(p, orientation);
    const half = axisSizes(s, orientation).main / 2 + STEP_GAP / 2;
    boxes.push({ lo: main - half, hi: main + half, cross });
    fixedEnd = Math.max(fixedEnd, main + half);
  }
  const before = steps.filter((s) => s.position).map((s) => lowEdgeAt(s, s.position!, orientation));
  const elkStart = steps.reduce((m, s) => Math.min(m, lowEdge(s, placed, orientation)), Infinity);
  const anchor =
    before.length > 0
      ? before.reduce((m, v) => Math.min(m, v), Infinity)
      : fixedEnd === -Infinity
        ? LANE_HEADER
        : fixedEnd + LAYER_GAP;
  for (const s of byElkCross(steps, placed)) {
    const main = placed.get(s.id)!.main - elkStart + anchor;
    const half = axisSizes(s, orientation).main / 2 + STEP_GAP / 2;
    const band = bands.get(lanes.get(s.id) ?? null);
    const laneTop = band ? (orientation === 'horizontal' ? band.y : band.x) : 0;
    let cross = laneTop + LANE_PADDING + pitch / 2;
    const clash = (c: number) =>
      boxes.some((b) => b.lo < main + half && b.hi > main - half && Math.abs(b.cross - c) < pitch);
    while (clash(cross)) cross += pitch;
    boxes.push({ lo: main - half, hi: main + half, cross });
    setPosition(out, s.id, fromAxes(main, cross, orientation));
  }
}

function lowEdge(s: Step, placed: Map<string, ElkPlacement>, o: Orientation): number {
  return placed.get(s.id)!.main - axisSizes(s, o).main / 2;
}

function lowEdgeAt(s: Step, p: Position, o: Orientation): number {
  return toAxes(p, o).main - axisSizes(s, o).main / 2;
}

/** Steps in the order ELK stacked them across the flow; document order breaks ties. */
function byElkCross(steps: readonly Step[], placed: Map<string, ElkPlacement>): Step[] {
  return steps
    .map((s, i) => ({ s, i, c: placed.get(s.id)!.cross }))
    .sort((a, b) => a.c - b.c || a.i - b.i)
    .map((e) => e.s);
}
