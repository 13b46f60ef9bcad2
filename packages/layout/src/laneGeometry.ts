import type { Position, ProcessDocument, Step } from '@flowsmith/model';
import type { LaneKey } from './laneOf';
import { LANE_PADDING, axisSizes, rowPitch } from './geometry';
import { assignLanes } from './laneMembership';
import { stackLanes } from './stackLanes';
import { stepSize } from './stepSize';
import type { LaneBand, Orientation } from './types';

/** Room a step pulled into its lane keeps from other steps (a flow fits between them). */
const PULL_GAP = 30;

/** A rectangle in canvas units: top-left corner and size. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where everything of a process is drawn: lanes, each step's box and lane. */
export interface LaneGeometry {
  orientation: Orientation;
  /** One band per lane in drawing order (none when the document has no roles). */
  bands: LaneBand[];
  /** The box each placed step is drawn in; its centre is the step's position plus its lane's shift. */
  placements: Map<string, Rect>;
  /** The lane of every step (`null`: no role anywhere, or the document has no roles). */
  membership: Map<string, LaneKey>;
  /** How far each lane's steps are drawn from their stored positions, across the flow. */
  shifts: Map<LaneKey, number>;
  /** How far each step is drawn from its stored position (steps drawn where they are: absent). */
  offsets: Map<string, Position>;
}

/** Options of {@link laneGeometry}. */
export interface LaneGeometryOptions {
  /** Step centres to draw at instead of the steps' own positions (e.g. a fresh layout). */
  positions?: Readonly<Record<string, Position>> | ReadonlyMap<string, Position>;
  /** Default: the document's `view.lanes`, else `horizontal`. */
  orientation?: Orientation;
  /** Bands are at least this long along the flow. */
  minLength?: number;
}

/**
 * The one lane geometry every picture of a process draws from (canvas, compare, SOP and report
 * flowcharts, SVG/PNG export). Pure; linear in steps and flows.
 *
 * Lanes: see `laneMembership` (a task by its role, other steps by their neighbours). Bands: see
 * `stackLanes` (one per role in order, grown around its steps, contiguous). A step is drawn at its
 * position, except that a step without a role of its own (gateway, event) left outside the rows of
 * its lane's tasks is pulled across the flow into them (it does not stretch the lane), and a lane
 * whose rows reach into the lane before it is shifted across the flow, steps and all — so every
 * placed step lies wholly inside its lane's band. `offsets` says how far each step was moved. When the document has no
 * roles there are no bands and nothing is shifted. Steps without a position are left out.
 */
export function laneGeometry(
  doc: ProcessDocument,
  options: LaneGeometryOptions = {},
): LaneGeometry {
  const orientation = options.orientation ?? doc.view?.lanes ?? 'horizontal';
  const positions = new Map<string, Position>();
  const given = options.positions;
  for (const s of doc.steps) {
    const p =
      given === undefined
        ? s.position
        : given instanceof Map
          ? given.get(s.id)
          : Object.hasOwn(given, s.id)
            ? (given as Record<string, Position>)[s.id]
            : undefined;
    if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) positions.set(s.id, p);
  }
  const horizontal = orientation === 'horizontal';
  const { lanes: membership, taskBands, taskShifts } = assignLanes(doc, positions, orientation);
  // A step without a role of its own is drawn inside its lane: pulled across the flow into the
  // rows of its lane's tasks when it was left outside them (to the nearest place clear of other
  // steps), instead of stretching the lane.
  const adjusted = new Map(positions);
  const stepsById = new Map(doc.steps.map((s) => [s.id, s]));
  // Steps by stretch along the flow (pulling moves steps only across it, so this stays valid).
  const BUCKET = 200;
  const byMain = new Map<number, string[]>();
  for (const [id, p] of positions) {
    const b = Math.floor((horizontal ? p.x : p.y) / BUCKET);
    const list = byMain.get(b);
    if (list) list.push(id);
    else byMain.set(b, [id]);
  }
  /** The cross position nearest `wanted` where `step` keeps `PULL_GAP` from every other step. */
  const freeCross = (step: Step, main: number, wanted: number): number => {
    const size = axisSizes(step, orientation);
    // Shapes are at most 100 along the flow: anything further than this cannot touch the step.
    const reach = size.main / 2 + 50 + PULL_GAP;
    const near: Array<{ id: string; size: { main: number; cross: number } }> = [];
    for (let b = Math.floor((main - reach) / BUCKET); b <= Math.floor((main + reach) / BUCKET); b++)
      for (const id of byMain.get(b) ?? [])
        if (id !== step.id) near.push({ id, size: axisSizes(stepsById.get(id)!, orientation) });
    for (let k = 0; k <= 60; k++)
      for (const c of k === 0 ? [wanted] : [wanted + k * 10, wanted - k * 10]) {
        const clash = near.some((o) => {
          const q = adjusted.get(o.id)!;
          const [qm, qc] = horizontal ? [q.x, q.y] : [q.y, q.x];
          return (
            Math.abs(qm - main) < (size.main + o.size.main) / 2 + PULL_GAP &&
            Math.abs(qc - c) < (size.cross + o.size.cross) / 2 + PULL_GAP
          );
        });
        if (!clash) return c;
      }
    return wanted;
  };
  const half = rowPitch(orientation) / 2 + LANE_PADDING;
  const bandOf = new Map(taskBands.map((b) => [b.roleId, b]));
  const roles = new Set(doc.roles.map((r) => r.id));
  for (const s of doc.steps) {
    const p = positions.get(s.id);
    if (!p || (s.type === 'task' && s.role !== undefined && roles.has(s.role))) continue;
    const lane = membership.get(s.id) ?? null;
    const band = bandOf.get(lane);
    if (!band) continue;
    const shift = taskShifts.get(lane) ?? 0;
    const [top, size] = horizontal ? [band.y, band.height] : [band.x, band.width];
    const lo = top - shift + half;
    const hi = top + size - shift - half;
    const cross = horizontal ? p.y : p.x;
    const clamped = Math.min(Math.max(cross, lo), Math.max(lo, hi));
    if (clamped === cross) continue;
    const at = freeCross(s, horizontal ? p.x : p.y, clamped);
    adjusted.set(s.id, horizontal ? { x: p.x, y: at } : { x: at, y: p.y });
  }
  const { bands, shifts } =
    doc.roles.length === 0
      ? { bands: [], shifts: new Map<LaneKey, number>() }
      : stackLanes(doc, membership, adjusted, orientation, options.minLength);
  const placements = new Map<string, Rect>();
  const offsets = new Map<string, Position>();
  for (const s of doc.steps) {
    const p = adjusted.get(s.id);
    if (!p) continue;
    const d = shifts.get(membership.get(s.id) ?? null) ?? 0;
    const { width, height } = stepSize(s);
    const cx = horizontal ? p.x : p.x + d;
    const cy = horizontal ? p.y + d : p.y;
    placements.set(s.id, { x: cx - width / 2, y: cy - height / 2, width, height });
    const own = positions.get(s.id)!;
    if (cx !== own.x || cy !== own.y) offsets.set(s.id, { x: cx - own.x, y: cy - own.y });
  }
  return { orientation, bands, placements, membership, shifts, offsets };
}

/** The centre of a rectangle. Pure. */
export function centreOf(r: Rect): Position {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}
