import type { Position, ProcessDocument } from '@flowsmith/model';
import { laneBands, layoutProcess } from '@flowsmith/layout';

/**
 * Step centres for the SOP's flowchart: `undefined` when the document's own positions can be
 * drawn as they are, else a fresh automatic layout (`layoutProcess`, elkjs) of the whole process,
 * to pass to `buildSop` as `positions`. Own positions are redrawn when a step has none, or when a
 * task would sit outside its role's lane (hand-placed gateways can stretch the lanes so that a
 * task lands in another role's band, which would tell readers the wrong owner).
 */
export async function layoutForSop(
  doc: ProcessDocument,
): Promise<Record<string, Position> | undefined> {
  if (doc.steps.every((s) => s.position) && tasksFitLanes(doc)) return undefined;
  return (await layoutProcess(doc)).positions;
}

/** Whether every task with a role lies inside that role's lane at the document's positions. Pure. */
export function tasksFitLanes(doc: ProcessDocument): boolean {
  const positions: Record<string, Position> = {};
  for (const s of doc.steps) if (s.position) positions[s.id] = s.position;
  const bands = new Map(laneBands(doc, positions).map((b) => [b.roleId, b]));
  return doc.steps.every((s) => {
    if (s.type !== 'task' || !s.role || !s.position) return true;
    const band = bands.get(s.role);
    if (!band) return true;
    const { x, y } = s.position;
    return x >= band.x && x <= band.x + band.width && y >= band.y && y <= band.y + band.height;
  });
}
