import type { Position, ProcessDocument } from '@flowsmith/model';
import type { LaneKey } from './laneOf';
import type { LaneBand } from './types';
import { stackLanes } from './stackLanes';
import type { Orientation } from './types';

/**
 * Which lane every step is drawn in. Pure and deterministic.
 *
 * A task with a known role is in that role's lane. Any other step (gateway, event, timer,
 * subprocess, task without a known role) goes to the lane of its neighbours (predecessors and
 * successors, spreading along chains of such steps): the neighbours' lane it sits in when it sits
 * in one of them, else the lane most neighbours are in (ties: the role listed first). A step with
 * no neighbour in a lane goes to the lane it sits in (the nearest one), or the first role's lane when it has no position. When the
 * document has no roles every step is in the `null` lane.
 */
export function laneMembership(
  doc: ProcessDocument,
  positions: ReadonlyMap<string, Position>,
  orientation: Orientation,
): Map<string, LaneKey> {
  return assignLanes(doc, positions, orientation).lanes;
}

/**
 * `laneMembership`, with the bands the roles' own tasks make (`stackLanes` over tasks with a known
 * role only; empty when the document has no roles) — where "the lane a step sits in" is. Pure.
 */
export function assignLanes(
  doc: ProcessDocument,
  positions: ReadonlyMap<string, Position>,
  orientation: Orientation,
): { lanes: Map<string, LaneKey>; taskBands: LaneBand[]; taskShifts: Map<LaneKey, number> } {
  const roleOrder = new Map(doc.roles.map((r, i) => [r.id, i]));
  const lanes = new Map<string, LaneKey>();
  const neighbours = new Map<string, string[]>();
  for (const s of doc.steps) neighbours.set(s.id, []);
  for (const f of doc.flows) {
    if (f.from === f.to) continue;
    neighbours.get(f.from)?.push(f.to);
    neighbours.get(f.to)?.push(f.from);
  }
  let open: string[] = [];
  for (const s of doc.steps) {
    const role = s.type === 'task' ? s.role : undefined;
    if (role !== undefined && roleOrder.has(role)) lanes.set(s.id, role);
    else open.push(s.id);
  }
  if (doc.roles.length === 0) {
    for (const id of open) lanes.set(id, null);
    return { lanes, taskBands: [], taskShifts: new Map() };
  }
  // Where the roles' own tasks put the lanes: what "the lane a step sits in" means.
  const { bands: taskBands, shifts: taskShifts } = stackLanes(doc, lanes, positions, orientation);
  const sitsIn = (id: string): string | undefined => {
    const p = positions.get(id);
    if (!p) return undefined;
    const v = orientation === 'horizontal' ? p.y : p.x;
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const b of taskBands) {
      const [lo, hi] = orientation === 'horizontal' ? [b.y, b.y + b.height] : [b.x, b.x + b.width];
      const d = v < lo ? lo - v : v >= hi ? v - hi : 0;
      if (d < bestDistance && b.roleId !== null) [best, bestDistance] = [b.roleId, d];
    }
    return best;
  };
  // Level by level from the steps with a lane: each pass places the open steps next to one
  // placed in the pass before (linear overall).
  const pending = new Set(open);
  let frontier = open.filter((id) => (neighbours.get(id) ?? []).some((n) => lanes.has(n)));
  while (frontier.length > 0) {
    const placedNow: Array<[string, string]> = [];
    for (const id of frontier) {
      const votes = new Map<string, number>();
      for (const n of neighbours.get(id) ?? []) {
        const lane = lanes.get(n);
        if (lane) votes.set(lane, (votes.get(lane) ?? 0) + 1);
      }
      const here = sitsIn(id);
      let best: string | undefined = here !== undefined && votes.has(here) ? here : undefined;
      if (best === undefined)
        for (const [lane, count] of votes) {
          const bestCount = best === undefined ? -1 : votes.get(best)!;
          if (
            count > bestCount ||
            (count === bestCount && roleOrder.get(lane)! < roleOrder.get(best!)!)
          )
            best = lane;
        }
      placedNow.push([id, best!]);
    }
    // Placing after the pass keeps the result independent of step order within a pass.
    for (const [id, lane] of placedNow) {
      lanes.set(id, lane);
      pending.delete(id);
    }
    const next = new Set<string>();
    for (const [id] of placedNow)
      for (const n of neighbours.get(id) ?? []) if (pending.has(n)) next.add(n);
    frontier = [...next];
  }
  open = [...pending];
  for (const id of open) lanes.set(id, sitsIn(id) ?? doc.roles[0]!.id);
  return { lanes, taskBands, taskShifts };
}
