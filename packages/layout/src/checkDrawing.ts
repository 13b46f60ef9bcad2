import type { Position } from '@flowsmith/model';
import type { LaneGeometry, Rect } from './laneGeometry';
import type { LaneKey } from './laneOf';
import { BoxIndex } from './router/boxIndex';
import type { FlowRoute } from './router/routeFlows';
import { segmentCrosses } from './router/segmentCrosses';
import type { LaneBand } from './types';

/** A picture of a process reduced to what can be checked: lanes, step boxes, flow lines. */
export interface Drawing {
  bands: readonly LaneBand[];
  steps: ReadonlyArray<{ id: string; lane: LaneKey; box: Rect }>;
  flows: ReadonlyArray<{ id: string; from: string; to: string; points: readonly Position[] }>;
}

/** Something wrong with a drawing. */
export type DrawingProblem =
  | { kind: 'outside-lane'; step: string; lane: LaneKey }
  | { kind: 'through-step'; flow: string; step: string }
  | { kind: 'shared-segment'; flows: [string, string] };

/** The drawing `laneGeometry` and `routeFlows` describe, for {@link checkDrawing}. Pure. */
export function drawingOf(
  geometry: LaneGeometry,
  flows: ReadonlyArray<{ id: string; from: string; to: string }>,
  routes: ReadonlyMap<string, FlowRoute>,
): Drawing {
  return {
    bands: geometry.bands,
    steps: [...geometry.placements].map(([id, box]) => ({
      id,
      lane: geometry.membership.get(id) ?? null,
      box,
    })),
    flows: flows.flatMap((f) => {
      const r = routes.get(f.id);
      return r ? [{ ...f, points: r.points }] : [];
    }),
  };
}

/**
 * Checks a drawing against the rules every picture of a process keeps: each step lies wholly
 * inside its lane's band (when there are bands), no flow segment runs through a step's box other
 * than its own two ends', and (with `shared`) no two flows run along the same stretch of a line.
 * Returns the problems found, none when the drawing is right. Pure; `tolerance` forgives rounding.
 */
export function checkDrawing(
  drawing: Drawing,
  options: { shared?: boolean; tolerance?: number } = {},
): DrawingProblem[] {
  const tol = options.tolerance ?? 0.5;
  const problems: DrawingProblem[] = [];
  const bands = new Map(drawing.bands.map((b) => [b.roleId, b]));
  if (drawing.bands.length > 0)
    for (const s of drawing.steps) {
      const b = bands.get(s.lane);
      const inside =
        b !== undefined &&
        s.box.x >= b.x - tol &&
        s.box.y >= b.y - tol &&
        s.box.x + s.box.width <= b.x + b.width + tol &&
        s.box.y + s.box.height <= b.y + b.height + tol;
      if (!inside) problems.push({ kind: 'outside-lane', step: s.id, lane: s.lane });
    }
  const boxes = drawing.steps.map((s) => s.box);
  const index = new BoxIndex(boxes);
  for (const f of drawing.flows)
    for (let k = 0; k + 1 < f.points.length; k++) {
      const p = f.points[k]!;
      const q = f.points[k + 1]!;
      const hits = index.query(
        Math.min(p.x, q.x),
        Math.min(p.y, q.y),
        Math.max(p.x, q.x),
        Math.max(p.y, q.y),
      );
      for (const i of hits) {
        const s = drawing.steps[i]!;
        if (s.id === f.from || s.id === f.to) continue;
        if (segmentCrosses(p, q, s.box, tol))
          problems.push({ kind: 'through-step', flow: f.id, step: s.id });
      }
    }
  if (options.shared) problems.push(...sharedSegments(drawing.flows));
  return problems;
}

function sharedSegments(flows: Drawing['flows']): DrawingProblem[] {
  const lines = new Map<string, Array<{ flow: string; lo: number; hi: number }>>();
  for (const f of flows)
    for (let k = 0; k + 1 < f.points.length; k++) {
      const p = f.points[k]!;
      const q = f.points[k + 1]!;
      const h = Math.abs(p.y - q.y) < 0.01;
      if (!h && Math.abs(p.x - q.x) >= 0.01) continue; // diagonal: not ours to judge
      const key = h ? `h${Math.round(p.y)}` : `v${Math.round(p.x)}`;
      const run = {
        flow: f.id,
        lo: h ? Math.min(p.x, q.x) : Math.min(p.y, q.y),
        hi: h ? Math.max(p.x, q.x) : Math.max(p.y, q.y),
      };
      lines.set(key, [...(lines.get(key) ?? []), run]);
    }
  const problems: DrawingProblem[] = [];
  for (const runs of lines.values())
    for (let i = 0; i < runs.length; i++)
      for (let j = i + 1; j < runs.length; j++) {
        const a = runs[i]!;
        const b = runs[j]!;
        if (a.flow !== b.flow && Math.min(a.hi, b.hi) - Math.max(a.lo, b.lo) > 1)
          problems.push({ kind: 'shared-segment', flows: [a.flow, b.flow] });
      }
  return problems;
}
