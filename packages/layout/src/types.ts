import type { Position } from '@flowsmith/model';

/** Which way a process reads: left to right with horizontal lanes, or top down with vertical lanes. */
export type Orientation = 'horizontal' | 'vertical';

/** A swimlane's rectangle, in canvas units; `roleId` is `null` for the lane of role-less steps. */
export interface LaneBand {
  roleId: string | null;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What `layoutProcess` returns: the centre of every laid-out step, the lanes and flow routes. */
export interface LayoutResult {
  positions: Record<string, Position>;
  lanes: LaneBand[];
  /** Each flow's orthogonal route around the steps (`routeFlows` over the laid-out boxes). */
  routes: Map<string, { points: Position[]; label?: Position; fallback?: boolean }>;
  /**
   * True when the process was too large for ELK and the router (`LARGE_LAYOUT_STEPS`): steps
   * were placed by `gridLayers` and flows drawn as plain elbows. Callers tell the user.
   */
  simplified?: true;
}

/** Options of `layoutProcess`. */
export interface LayoutOptions {
  /** Default: the document's `view.lanes`, else `horizontal`. */
  orientation?: Orientation;
  /** Lay out only these steps; the others keep their positions. */
  only?: readonly string[];
  /** Route the flows too (`routes` of the result; default true). False leaves `routes` empty. */
  routes?: boolean;
}
