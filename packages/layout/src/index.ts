/**
 * @flowsmith/layout — automatic layout of process documents with ELK (elkjs), roles as
 * swimlanes; the one lane geometry every picture draws from; an orthogonal flow router.
 * The only package that imports elkjs. Pure TypeScript, no DOM, no worker of its own.
 */
export { layoutProcess } from './layoutProcess';
export { elbowRoutes, gridLayers, isLargeForLayout, LARGE_LAYOUT_STEPS } from './gridLayout';
export { laneBands } from './laneBands';
export { laneOf, laneOrder, type LaneKey } from './laneOf';
export { laneMembership } from './laneMembership';
export {
  laneGeometry,
  centreOf,
  type LaneGeometry,
  type LaneGeometryOptions,
  type Rect,
} from './laneGeometry';
export {
  routeFlows,
  elbow,
  ROUTE_MARGIN,
  type FlowEnds,
  type FlowRoute,
  type RouteOptions,
} from './router/routeFlows';
export type { LabelSize } from './router/placeLabels';
export { checkDrawing, drawingOf, type Drawing, type DrawingProblem } from './checkDrawing';
export { drawingFromSvg } from './drawingFromSvg';
export { stepSize, type Size } from './stepSize';
export type { LaneBand, LayoutOptions, LayoutResult, Orientation } from './types';
