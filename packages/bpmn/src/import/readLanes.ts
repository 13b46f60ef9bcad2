import type { Role } from '@flowsmith/model';
import { readPayload } from '../extensionPayload';
import { list, one, str, type El } from '../moddle';
import { xmlText } from '../xmlText';
import type { ImportContext } from './ImportContext';

/** Roles read from lanes, and the role of every flow node a lane lists. */
export interface LaneRoles {
  roles: Role[];
  roleOfNode: Map<El, string>;
}

/**
 * Turns the lanes of a process (or sub-process) into roles, in lane order. Nested lanes are
 * flattened: each innermost lane becomes a role named `parent / child` (with a warning), and a node
 * listed at several depths belongs to the deepest lane. A lane's `flowsmith:role` extension, when
 * present, gives back the role's other fields.
 */
export function readLanes(container: El, ctx: ImportContext): LaneRoles {
  const out: LaneRoles = { roles: [], roleOfNode: new Map() };
  for (const laneSet of list(container, 'laneSets')) visit(laneSet, [], out, ctx);
  return out;
}

function visit(laneSet: El, path: string[], out: LaneRoles, ctx: ImportContext): void {
  for (const lane of list(laneSet, 'lanes')) {
    const rawName = str(lane, 'name') ?? '';
    const name = rawName.trim() || str(lane, 'id') || '';
    const child = one(lane, 'childLaneSet');
    if (child && list(child, 'lanes').length > 0) {
      if (path.length === 0) ctx.warn('nested-lanes-flattened', { ...ctx.about(lane), name }, lane);
      // Nodes listed on the parent only (not on any child) stay with the parent's first leaf.
      const before = out.roles.length;
      visit(child, [...path, name], out, ctx);
      const firstLeaf = out.roles[before];
      if (firstLeaf)
        for (const node of list(lane, 'flowNodeRef'))
          if (!out.roleOfNode.has(node)) out.roleOfNode.set(node, firstLeaf.id);
      continue;
    }
    const payload = readPayload(lane, 'role');
    const id = ctx.idFor(lane, payload?.id);
    const fullName = [...path, name].join(' / ');
    const role: Role = payload ? { ...(payload as unknown as Role), id } : { id, name: fullName };
    if (payload && (path.length > 0 || rawName !== xmlText(String(payload.name ?? ''))))
      role.name = fullName;
    out.roles.push(role);
    // Deeper lanes are visited first for their own nodes, so an explicit leaf wins.
    for (const node of list(lane, 'flowNodeRef')) out.roleOfNode.set(node, id);
  }
}
