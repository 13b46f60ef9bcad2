/**
 * Lane arithmetic for the editor, a thin adapter over `laneGeometry` of `@flowsmith/layout` (the
 * one geometry every picture draws from: which lane each step is in, the bands, where each step is
 * drawn). This file answers the questions the editor adds: which lane a point is in (dropping a
 * step assigns that role) and where steps go when lanes are reordered (each lane's steps travel
 * with it). Pure.
 */
import { laneGeometry, type LaneBand, type LaneGeometry } from '@flowsmith/layout';
import type { CommandCall, Position, ProcessDocument } from '@flowsmith/model';

/** The orientation of lanes the document asks for. */
export function laneOrientation(doc: ProcessDocument): 'horizontal' | 'vertical' {
  return doc.view?.lanes ?? 'horizontal';
}

/** Positions of every placed step, keyed by id. */
export function positionsOf(doc: ProcessDocument): Record<string, Position> {
  const positions: Record<string, Position> = Object.create(null) as Record<string, Position>;
  for (const s of doc.steps) if (s.position) positions[s.id] = s.position;
  return positions;
}

/** Lanes are at least this long along the flow, so there is room to draw in an empty one. */
export const MIN_LANE_LENGTH = 1200;

const geometries = new WeakMap<ProcessDocument, LaneGeometry>();

/**
 * The lane geometry of `doc` as the editor draws it (`laneGeometry`, lanes at least
 * `MIN_LANE_LENGTH` long), computed once per document object. Pure.
 */
export function editorGeometry(doc: ProcessDocument): LaneGeometry {
  let g = geometries.get(doc);
  if (!g) {
    g = laneGeometry(doc, { minLength: MIN_LANE_LENGTH });
    geometries.set(doc, g);
  }
  return g;
}

/**
 * Which lane each placed step is drawn in (role ids; none when the document has no roles): a task
 * with a known role in that role's lane, any other step in its neighbours' lane (the one it sits
 * in when it sits in one of them) or, with no neighbours, the lane it sits in. Pure.
 */
export function laneMembership(doc: ProcessDocument): Map<string, string> {
  const members = new Map<string, string>();
  const g = editorGeometry(doc);
  for (const id of g.placements.keys()) {
    const lane = g.membership.get(id);
    if (lane) members.set(id, lane);
  }
  return members;
}

/** The lanes of `doc` as drawn now (none when the document has no roles). Pure. */
export function lanesOf(doc: ProcessDocument): LaneBand[] {
  return editorGeometry(doc).bands;
}

/**
 * The role whose lane contains `point` across the flow (`null`: the lane of role-less steps;
 * `undefined`: outside every lane, or no lanes at all). Along the flow lanes are unbounded, so a
 * step dropped past the end of a lane still lands in it.
 */
export function roleAt(
  bands: readonly LaneBand[],
  point: Position,
  orientation: 'horizontal' | 'vertical',
): string | null | undefined {
  for (const b of bands) {
    const inside =
      orientation === 'horizontal'
        ? point.y >= b.y && point.y < b.y + b.height
        : point.x >= b.x && point.x < b.x + b.width;
    if (inside) return b.roleId;
  }
  return undefined;
}

/**
 * The step moves that carry each lane's steps to its new place when the roles take `order`
 * (role ids, each once). Lanes keep their size; the first lane stays where the first lane was.
 */
export function restackMoves(
  doc: ProcessDocument,
  order: readonly string[],
): Array<{ id: string; position: Position }> {
  const orientation = laneOrientation(doc);
  const bands = lanesOf(doc);
  if (bands.length === 0) return [];
  const horizontal = orientation === 'horizontal';
  const start = (b: LaneBand) => (horizontal ? b.y : b.x);
  const size = (b: LaneBand) => (horizontal ? b.height : b.width);
  const byRole = new Map(bands.map((b) => [b.roleId, b]));
  const shift = new Map<string | null, number>();
  let cursor = start(bands[0]!);
  const nullBand = byRole.get(null);
  if (nullBand) {
    shift.set(null, 0);
    cursor = start(nullBand) + size(nullBand);
  }
  for (const roleId of order) {
    const band = byRole.get(roleId);
    if (!band) continue;
    shift.set(roleId, cursor - start(band));
    cursor += size(band);
  }
  const lanes = laneMembership(doc);
  const moves: Array<{ id: string; position: Position }> = [];
  for (const step of doc.steps) {
    const d = shift.get(lanes.get(step.id) ?? null) ?? 0;
    if (!step.position || d === 0) continue;
    moves.push({
      id: step.id,
      position: horizontal
        ? { x: step.position.x, y: step.position.y + d }
        : { x: step.position.x + d, y: step.position.y },
    });
  }
  return moves;
}

/**
 * The `steps.move` that carries a step into the lane of `roleId` when its role is set elsewhere
 * than by dragging (inspector, table), so the drawing shows what the document says; null when it
 * is already inside that lane or there is no such lane. Pure.
 */
export function intoLaneCall(
  doc: ProcessDocument,
  stepId: string,
  roleId: string,
): CommandCall | null {
  const step = doc.steps.find((s) => s.id === stepId);
  const g = editorGeometry(doc);
  const band = g.bands.find((b) => b.roleId === roleId);
  if (!step?.position || !band) return null;
  const horizontal = laneOrientation(doc) === 'horizontal';
  const p = step.position;
  // Bands are where lanes are drawn; a lane's steps may be drawn shifted from where they are stored.
  const offset = g.offsets.get(stepId) ?? { x: 0, y: 0 };
  const [lo, hi, v] = horizontal
    ? [band.y, band.y + band.height, p.y + offset.y]
    : [band.x, band.x + band.width, p.x + offset.x];
  if (v >= lo && v < hi) return null;
  const middle = Math.round((lo + hi) / 2 - (g.shifts.get(roleId) ?? 0));
  const position = horizontal ? { x: p.x, y: middle } : { x: middle, y: p.y };
  return { id: 'steps.move', params: { moves: [{ id: stepId, position }] } };
}
