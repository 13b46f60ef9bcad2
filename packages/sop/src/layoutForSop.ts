import type { Position, ProcessDocument } from '@flowsmith/model';
import { laneGeometry, layoutProcess } from '@flowsmith/layout';

/**
 * Step centres for the SOP's flowchart: `undefined` when the document's own positions can be
 * drawn as they are (every step has one), else a fresh automatic layout (`layoutProcess`, elkjs,
 * roles as lanes) of the whole process, to pass to `buildSop` as `positions`. Either way the
 * flowchart draws from `laneGeometry`, which keeps every step inside its lane's band.
 */
export async function layoutForSop(
  doc: ProcessDocument,
): Promise<Record<string, Position> | undefined> {
  if (doc.steps.every((s) => s.position)) return undefined;
  // renderFlowchart routes the flows over the drawn geometry.
  return (await layoutProcess(doc, { routes: false })).positions;
}

/**
 * Whether every step lies inside its lane at the document's own positions, so the drawing needs
 * to shift no lane (see `laneGeometry`). Pure.
 */
export function tasksFitLanes(doc: ProcessDocument): boolean {
  return [...laneGeometry(doc).shifts.values()].every((d) => d === 0);
}
