/**
 * @flowsmith/layout — automatic layout of process documents with ELK (elkjs), roles as
 * swimlanes. The only package that imports elkjs. Pure TypeScript, no DOM, no worker of its own.
 */
export { layoutProcess } from './layoutProcess';
export { laneBands } from './laneBands';
export { laneOf, laneOrder, type LaneKey } from './laneOf';
export { stepSize, type Size } from './stepSize';
export type { LaneBand, LayoutOptions, LayoutResult, Orientation } from './types';
