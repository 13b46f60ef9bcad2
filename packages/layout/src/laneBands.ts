import type { Position, ProcessDocument } from '@flowsmith/model';
import { laneGeometry } from './laneGeometry';
import type { LaneBand, Orientation } from './types';

/**
 * The swimlanes around steps at the given positions (centres): the `bands` of `laneGeometry`
 * (one per role in role order, contiguous; none when the document has no roles). Pure; linear.
 * Where a lane's rows reach into the lane before it, `laneGeometry` also shifts that lane's steps
 * — draw steps at its `placements`, not at `positions`, to keep them inside their bands.
 */
export function laneBands(
  doc: ProcessDocument,
  positions: Readonly<Record<string, Position>>,
  orientation: Orientation = doc.view?.lanes ?? 'horizontal',
): LaneBand[] {
  return laneGeometry(doc, { positions, orientation }).bands;
}
