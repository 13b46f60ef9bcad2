import type { Rect } from '../laneGeometry';
import type { BoxIndex } from './boxIndex';
import type { FlowEnds, FlowRoute } from './routeFlows';
import { segmentCrosses } from './segmentCrosses';

/** Distance between two flows set apart on what was one line. */
export const FLOW_SPACING = 6;

interface Run {
  flow: string;
  k: number;
  /** The line's coordinate (y of a horizontal run, x of a vertical one). */
  at: number;
  lo: number;
  hi: number;
}

/**
 * Sets apart flows that run along the same stretch of one line: each flow's segment there moves
 * sideways by a multiple of `FLOW_SPACING` (its neighbours stretch to follow), unless that would
 * take it through a step or off its end step's side. Changes `routes` in place.
 */
export function nudgeShared(
  routes: Map<string, FlowRoute>,
  flows: readonly FlowEnds[],
  boxes: readonly Rect[],
  index: BoxIndex,
  ends: (flowId: string) => readonly number[],
): void {
  const lines = new Map<string, Run[]>();
  for (const f of flows) {
    const r = routes.get(f.id);
    if (!r) continue;
    for (let k = 0; k + 1 < r.points.length; k++) {
      const p = r.points[k]!;
      const q = r.points[k + 1]!;
      const h = Math.abs(p.y - q.y) < 1e-6;
      // Lines closer than a flow spacing count as one line: they would look like one.
      const key = h ? `h${Math.round(p.y / 3)}` : `v${Math.round(p.x / 3)}`;
      const run = {
        flow: f.id,
        k,
        at: h ? p.y : p.x,
        lo: h ? Math.min(p.x, q.x) : Math.min(p.y, q.y),
        hi: h ? Math.max(p.x, q.x) : Math.max(p.y, q.y),
      };
      const list = lines.get(key);
      if (list) list.push(run);
      else lines.set(key, [run]);
    }
  }
  for (const [key, runs] of lines) {
    if (runs.length < 2) continue;
    runs.sort((a, b) => a.lo - b.lo || a.hi - b.hi);
    let cluster: Run[] = [];
    let reach = -Infinity;
    const flush = () => {
      const flowsIn = new Set(cluster.map((r) => r.flow));
      if (flowsIn.size > 1) shift(cluster, key[0] === 'h');
      cluster = [];
    };
    for (const run of runs) {
      if (cluster.length > 0 && run.lo >= reach - 0.5) flush();
      cluster.push(run);
      reach = cluster.length === 1 ? run.hi : Math.max(reach, run.hi);
    }
    flush();
  }

  function shift(cluster: Run[], horizontal: boolean): void {
    // Flows coming from the left (above) take the left (upper) places, so that setting them
    // apart does not make them cross or overlap where they turn onto the shared line.
    const from = (run: Run) => {
      const points = routes.get(run.flow)!.points;
      const p = points[run.k - 1] ?? points[run.k + 2] ?? points[run.k]!;
      return horizontal ? p.y : p.x;
    };
    const ordered = [...cluster].sort((a, b) => from(a) - from(b));
    const centre = ordered.reduce((sum, r) => sum + r.at, 0) / ordered.length;
    ordered.forEach((run, i) => {
      const offset = centre + (i - (ordered.length - 1) / 2) * FLOW_SPACING - run.at;
      if (offset === 0) return;
      const route = routes.get(run.flow)!;
      const moved = route.points.map((p, j) =>
        j === run.k || j === run.k + 1
          ? horizontal
            ? { x: p.x, y: p.y + offset }
            : { x: p.x + offset, y: p.y }
          : p,
      );
      if (fits(moved, run, ends(run.flow))) route.points = moved;
    });
  }

  function fits(
    points: readonly { x: number; y: number }[],
    run: Run,
    own: readonly number[],
  ): boolean {
    const last = points.length - 1;
    for (const [j, endBox] of [
      [0, own[0]],
      [last, own[1]],
    ] as const) {
      if (j !== run.k && j !== run.k + 1) continue;
      const b = endBox === undefined || endBox < 0 ? undefined : boxes[endBox];
      const p = points[j]!;
      // An end must stay on its step's border.
      if (b && (p.x < b.x || p.x > b.x + b.width || p.y < b.y || p.y > b.y + b.height))
        return false;
    }
    for (let k = Math.max(0, run.k - 1); k <= Math.min(last - 1, run.k + 1); k++) {
      const p = points[k]!;
      const q = points[k + 1]!;
      for (const i of index.query(
        Math.min(p.x, q.x),
        Math.min(p.y, q.y),
        Math.max(p.x, q.x),
        Math.max(p.y, q.y),
      ))
        if (!own.includes(i) && segmentCrosses(p, q, boxes[i]!)) return false;
    }
    return true;
  }
}
