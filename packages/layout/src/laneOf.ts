import type { ProcessDocument, Step } from '@flowsmith/model';

/** The lane a step belongs to: a role id, or `null` for the lane of steps that have no role. */
export type LaneKey = string | null;

/**
 * Assigns every step to a lane. Pure and deterministic.
 *
 * A task with a known role sits in that role's lane. A step without one (gateway, start, end,
 * timer, subprocess, task with no role) joins the lane most of its neighbours are in — ties go to
 * the role listed first — spreading along chains of role-less steps; what is still unplaced after
 * that (no neighbour has a role) goes to the `null` lane.
 */
export function laneOf(doc: ProcessDocument): Map<string, LaneKey> {
  const roleOrder = new Map(doc.roles.map((r, i) => [r.id, i]));
  const lanes = new Map<string, LaneKey>();
  const neighbours = new Map<string, string[]>();
  for (const s of doc.steps) neighbours.set(s.id, []);
  for (const f of doc.flows) {
    neighbours.get(f.from)?.push(f.to);
    neighbours.get(f.to)?.push(f.from);
  }
  const pending: Step[] = [];
  for (const s of doc.steps) {
    const role = s.type === 'task' ? s.role : undefined;
    if (role !== undefined && roleOrder.has(role)) lanes.set(s.id, role);
    else pending.push(s);
  }
  // Each pass places the pending steps that touch a placed one; at most one pass per step.
  let open = pending;
  while (open.length > 0) {
    const placedNow: Array<[string, string]> = [];
    const still: Step[] = [];
    for (const s of open) {
      const votes = new Map<string, number>();
      for (const n of neighbours.get(s.id) ?? []) {
        const lane = lanes.get(n);
        if (lane) votes.set(lane, (votes.get(lane) ?? 0) + 1);
      }
      let best: string | undefined;
      for (const [lane, count] of votes) {
        const bestCount = best === undefined ? -1 : votes.get(best)!;
        if (
          count > bestCount ||
          (count === bestCount && roleOrder.get(lane)! < roleOrder.get(best!)!)
        )
          best = lane;
      }
      if (best === undefined) still.push(s);
      else placedNow.push([s.id, best]);
    }
    // Placing after the pass keeps the result independent of step order within a pass.
    for (const [id, lane] of placedNow) lanes.set(id, lane);
    if (placedNow.length === 0) break;
    open = still;
  }
  for (const s of doc.steps) if (!lanes.has(s.id)) lanes.set(s.id, null);
  return lanes;
}

/**
 * The lanes in drawing order: the `null` lane first if any step is in it, then every role in
 * the document's order (roles without steps keep an empty lane, so work can be dropped there). Pure.
 */
export function laneOrder(doc: ProcessDocument, lanes: Map<string, LaneKey>): LaneKey[] {
  const order: LaneKey[] = [];
  if ([...lanes.values()].includes(null)) order.push(null);
  for (const r of doc.roles) order.push(r.id);
  return order;
}
