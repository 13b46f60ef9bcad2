/**
 * Lane arithmetic for the editor. The bands themselves come from `@flowsmith/layout`
 * (`laneBands`: one band per role, grown around its steps); this file answers the two questions
 * the editor adds: which lane a point is in (dropping a step assigns that role) and where steps
 * go when lanes are reordered (each lane's steps travel with it). Pure.
 */
import { laneBands, type LaneBand } from '@flowsmith/layout';
import type { CommandCall, Position, ProcessDocument, Step } from '@flowsmith/model';

/** The orientation of lanes the document asks for. */
export function laneOrientation(doc: ProcessDocument): 'horizontal' | 'vertical' {
  return doc.view?.lanes ?? 'horizontal';
}

/** Positions of every placed step, keyed by id (what `laneBands` reads). */
export function positionsOf(doc: ProcessDocument): Record<string, Position> {
  const positions: Record<string, Position> = Object.create(null) as Record<string, Position>;
  for (const s of doc.steps) if (s.position) positions[s.id] = s.position;
  return positions;
}

/** Lanes are at least this long along the flow, so there is room to draw in an empty one. */
export const MIN_LANE_LENGTH = 1200;

function placedOnly(doc: ProcessDocument): ProcessDocument {
  return doc.steps.every((s) => s.position)
    ? doc
    : { ...doc, steps: doc.steps.filter((s) => s.position) };
}

/**
 * Which lane each placed step is drawn in: a task with a known role in that role's lane; any
 * other step (gateway, event, task without a role) in the lane it sits in, or the nearest one.
 * The editor places role-less steps by position rather than by neighbours (as `laneOf` does for
 * a fresh layout) so a gateway stays in the lane the user put it in. Pure.
 */
export function laneMembership(doc: ProcessDocument): Map<string, string> {
  const members = new Map<string, string>();
  if (doc.roles.length === 0) return members;
  const roles = new Set(doc.roles.map((r) => r.id));
  const orientation = laneOrientation(doc);
  const placed = placedOnly(doc);
  const hasRole = (s: Step) => s.type === 'task' && s.role !== undefined && roles.has(s.role);
  const withRole = { ...placed, steps: placed.steps.filter(hasRole) };
  const bands = laneBands(withRole, positionsOf(withRole), orientation);
  for (const s of placed.steps) {
    if (hasRole(s)) members.set(s.id, (s as { role: string }).role);
    else {
      const role = nearestRole(bands, s.position!, orientation);
      if (role) members.set(s.id, role);
    }
  }
  return members;
}

function nearestRole(
  bands: readonly LaneBand[],
  p: Position,
  orientation: 'horizontal' | 'vertical',
): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const b of bands) {
    if (b.roleId === null) continue;
    const [lo, hi, v] =
      orientation === 'horizontal' ? [b.y, b.y + b.height, p.y] : [b.x, b.x + b.width, p.x];
    const d = v < lo ? lo - v : v >= hi ? v - hi : 0;
    if (d < bestDistance) [best, bestDistance] = [b.roleId, d];
  }
  return best;
}

/**
 * The lanes of `doc` as drawn now (none when the document has no roles): `laneBands` of the
 * layout package over the steps in their lanes (see `laneMembership`), stretched to at least
 * `MIN_LANE_LENGTH` along the flow.
 */
export function lanesOf(doc: ProcessDocument): LaneBand[] {
  if (doc.roles.length === 0) return [];
  const members = laneMembership(doc);
  const placed = placedOnly(doc);
  const steps: Step[] = placed.steps.map((s) => {
    const role = members.get(s.id);
    if (s.type === 'task' && s.role === role) return s;
    return role ? { id: s.id, type: 'task', name: s.name, position: s.position!, role } : s;
  });
  const bands = laneBands({ ...placed, steps }, positionsOf(placed), laneOrientation(doc));
  const horizontal = laneOrientation(doc) === 'horizontal';
  return bands.map((b) => {
    const length = horizontal ? b.width : b.height;
    if (length >= MIN_LANE_LENGTH) return b;
    return horizontal ? { ...b, width: MIN_LANE_LENGTH } : { ...b, height: MIN_LANE_LENGTH };
  });
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
  const band = lanesOf(doc).find((b) => b.roleId === roleId);
  if (!step?.position || !band) return null;
  const horizontal = laneOrientation(doc) === 'horizontal';
  const p = step.position;
  const [lo, hi, v] = horizontal
    ? [band.y, band.y + band.height, p.y]
    : [band.x, band.x + band.width, p.x];
  if (v >= lo && v < hi) return null;
  const middle = Math.round((lo + hi) / 2);
  const position = horizontal ? { x: p.x, y: middle } : { x: middle, y: p.y };
  return { id: 'steps.move', params: { moves: [{ id: stepId, position }] } };
}
