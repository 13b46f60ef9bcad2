/**
 * Screen px the pinned lane headers cover: the width of the column at the left for lanes as
 * rows, the height of the row on top for lanes as columns; larger while presenting. Pure.
 */
export function laneHeaderSize(orientation: 'horizontal' | 'vertical', presenting = false): number {
  if (orientation === 'horizontal') return presenting ? 176 : 140;
  return presenting ? 56 : 44;
}
