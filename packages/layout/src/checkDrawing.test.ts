import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gallery, generateProcess, type Position, type ProcessDocument } from '@flowsmith/model';
import { checkDrawing, drawingOf } from './checkDrawing';
import { laneGeometry } from './laneGeometry';
import { layoutProcess } from './layoutProcess';
import { ROUTE_MARGIN, routeFlows } from './router/routeFlows';
import { stepSize } from './stepSize';

/** Lane geometry and routes of `doc` at `positions`, checked; returns the problems. */
function problemsOf(doc: ProcessDocument, positions: Record<string, Position>) {
  const geometry = laneGeometry(doc, { positions });
  const routes = routeFlows(geometry.placements, doc.flows, {
    orientation: geometry.orientation,
  });
  const fallbacks = [...routes].filter(([, r]) => r.fallback).map(([id]) => id);
  return {
    problems: checkDrawing(drawingOf(geometry, doc.flows, routes), { shared: true }),
    fallbacks,
  };
}

/**
 * Moves some steps by random amounts, skipping a move that would bring a step within two route
 * margins of another (a flow must fit between any two steps).
 */
function moved(
  doc: ProcessDocument,
  positions: Record<string, Position>,
  moves: ReadonlyArray<{ pick: number; dx: number; dy: number }>,
): Record<string, Position> {
  const out = { ...positions };
  const gap = 2 * ROUTE_MARGIN + 2;
  const box = (id: string, p: Position) => {
    const { width, height } = stepSize(doc.steps.find((s) => s.id === id)!);
    return { x0: p.x - width / 2, x1: p.x + width / 2, y0: p.y - height / 2, y1: p.y + height / 2 };
  };
  for (const m of moves) {
    const step = doc.steps[m.pick % doc.steps.length]!;
    const p = out[step.id]!;
    const next = { x: p.x + m.dx, y: p.y + m.dy };
    const a = box(step.id, next);
    const clash = Object.entries(out).some(([id, q]) => {
      if (id === step.id) return false;
      const b = box(id, q);
      return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
    });
    if (!clash) out[step.id] = next;
  }
  return out;
}

const moveList = fc.array(
  fc.record({
    pick: fc.nat(),
    dx: fc.integer({ min: -400, max: 400 }),
    dy: fc.integer({ min: -300, max: 300 }),
  }),
  { minLength: 1, maxLength: 12 },
);

describe('every drawing: steps inside their lanes, no flow through a step', () => {
  for (const [name, doc] of Object.entries(gallery))
    it(`${name}, laid out and after random moves`, async () => {
      const { positions } = await layoutProcess(doc);
      expect(problemsOf(doc, positions)).toEqual({ problems: [], fallbacks: [] });
      fc.assert(
        fc.property(moveList, (moves) => {
          const r = problemsOf(doc, moved(doc, positions, moves));
          expect(r).toEqual({ problems: [], fallbacks: [] });
        }),
        { numRuns: 25 },
      );
    });

  it('generated processes up to 500 steps, at their own positions, laid out and moved', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 5, max: 500 }),
        fc.nat({ max: 1000 }),
        moveList,
        async (steps, seed, moves) => {
          const doc = generateProcess({ steps, seed });
          const own: Record<string, Position> = {};
          for (const s of doc.steps) if (s.position) own[s.id] = s.position;
          expect(problemsOf(doc, own).problems.filter((p) => p.kind === 'outside-lane')).toEqual(
            [],
          );
          const { positions } = await layoutProcess(doc);
          expect(problemsOf(doc, positions)).toEqual({ problems: [], fallbacks: [] });
          expect(problemsOf(doc, moved(doc, positions, moves))).toEqual({
            problems: [],
            fallbacks: [],
          });
        },
      ),
      { numRuns: 6, examples: [[500, 1, [{ pick: 3, dx: 120, dy: 200 }]]] },
    );
  }, 120_000);
});
