import type { LaneBand } from '@flowsmith/layout';
import type { Role } from '@flowsmith/model';
import type { LaneNode } from './LaneNode';
import { roleColour } from './stepShape';

/** Lane nodes for the bands (drawn behind everything, not selectable). Pure. */
export function deriveLanes(
  bands: readonly LaneBand[],
  roles: readonly Role[],
  orientation: 'horizontal' | 'vertical',
): LaneNode[] {
  const index = new Map(roles.map((r, i) => [r.id, i]));
  return bands.map((b) => {
    const i = b.roleId === null ? -1 : (index.get(b.roleId) ?? -1);
    return {
      id: `lane:${b.roleId ?? ''}`,
      type: 'lane',
      position: { x: b.x, y: b.y },
      width: b.width,
      height: b.height,
      measured: { width: b.width, height: b.height },
      zIndex: -1,
      draggable: false,
      selectable: false,
      connectable: false,
      focusable: false,
      deletable: false,
      data: {
        roleId: b.roleId,
        name: b.roleId === null ? '' : (roles[i]?.name ?? b.roleId),
        colour: roleColour(i),
        orientation,
        index: i,
        count: roles.length,
      },
    };
  });
}
