/**
 * Lane arithmetic for the editor. The bands themselves come from `@flowsmith/layout`
 * (`laneBands`: one band per role, grown around its steps); this file answers the two questions
 * the editor adds: which lane a point is in (dropping a step assigns that role) and where steps
 * go when lanes are reordered (each lane's steps travel with it). Pure.
 */
import { laneBands, laneOf, type LaneBand } from '@flowsmith/layout';
import type { Position, ProcessDocument } from '@flowsmith/model';

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

/** The lanes of `doc` as drawn now; none when the document has no roles. */
export function lanesOf(doc: ProcessDocument): LaneBand[] {
  if (doc.roles.length === 0) return [];
  return laneBands(doc, positionsOf(doc), laneOrientation(doc));
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
  const lanes = laneOf(doc);
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
