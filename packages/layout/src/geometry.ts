import type { Position, Step } from '@flowsmith/model';
import { stepSize } from './stepSize';
import type { Orientation } from './types';

/** Space around the steps inside a lane, across the flow. */
export const LANE_PADDING = 20;
/** Room before the first step along the flow, for the lane's name. */
export const LANE_HEADER = 60;
/** Room after the last step along the flow. */
export const LANE_TAIL = 30;
/** Gap between two steps side by side in one lane. */
export const STEP_GAP = 40;
/** Gap between layers (columns of steps along the flow). */
export const LAYER_GAP = 60;

/** Cross-axis distance between two rows of steps in a lane. Pure. */
export function rowPitch(orientation: Orientation): number {
  return (orientation === 'horizontal' ? 80 : 100) + STEP_GAP;
}

/** Height of a lane that has no steps. Pure. */
export function emptyLaneSize(orientation: Orientation): number {
  return rowPitch(orientation) + 2 * LANE_PADDING;
}

/** A step's extent along the flow (main) and across it (cross). Pure. */
export function axisSizes(step: Pick<Step, 'type'>, orientation: Orientation) {
  const { width, height } = stepSize(step);
  return orientation === 'horizontal'
    ? { main: width, cross: height }
    : { main: height, cross: width };
}

/** Splits a position into main and cross coordinates. Pure. */
export function toAxes(p: Position, orientation: Orientation) {
  return orientation === 'horizontal' ? { main: p.x, cross: p.y } : { main: p.y, cross: p.x };
}

/** Joins main and cross coordinates into a position. Pure. */
export function fromAxes(main: number, cross: number, orientation: Orientation): Position {
  return orientation === 'horizontal' ? { x: main, y: cross } : { x: cross, y: main };
}
