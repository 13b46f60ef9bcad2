import { describe, expect, it } from 'vitest';
import type { Rect } from '../laneGeometry';
import { checkDrawing } from '../checkDrawing';
import { routeFlows } from './routeFlows';

const box = (x: number, y: number, width = 100, height = 80): Rect => ({ x, y, width, height });
const drawing = (
  boxes: Map<string, Rect>,
  flows: Array<{ id: string; from: string; to: string }>,
) => {
  const routes = routeFlows(boxes, flows);
  return {
    routes,
    check: (shared = false) =>
      checkDrawing(
        {
          bands: [],
          steps: [...boxes].map(([id, b]) => ({ id, lane: null, box: b })),
          flows: flows.map((f) => ({ ...f, points: routes.get(f.id)!.points })),
        },
        { shared },
      ),
  };
};

describe('routeFlows', () => {
  it('goes around a step that stands on the straight line, with right angles only', () => {
    const boxes = new Map([
      ['a', box(0, 0)],
      ['block', box(200, 0)],
      ['b', box(400, 0)],
    ]);
    const { routes, check } = drawing(boxes, [{ id: 'f', from: 'a', to: 'b' }]);
    const points = routes.get('f')!.points;
    expect(points.length).toBeGreaterThan(2);
    for (let i = 1; i < points.length; i++)
      expect(points[i]!.x === points[i - 1]!.x || points[i]!.y === points[i - 1]!.y).toBe(true);
    expect(check()).toEqual([]);
    // Starts on a's border and ends on b's.
    expect(points[0]!.x).toBe(100);
    expect(points[points.length - 1]!.x).toBe(400);
  });

  it('keeps flows of one split apart and their labels off steps and each other', () => {
    const boxes = new Map([
      ['g', box(0, 175, 50, 50)],
      ['a', box(200, 0)],
      ['b', box(200, 160)],
      ['c', box(200, 320)],
    ]);
    const flows = ['a', 'b', 'c'].map((to) => ({ id: `g-${to}`, from: 'g', to }));
    const labels = new Map(flows.map((f) => [f.id, { width: 60, height: 16 }]));
    const routes = routeFlows(boxes, flows, { labels });
    const { check } = drawing(boxes, flows);
    expect(check(true)).toEqual([]);
    const rects = flows.map((f) => {
      const c = routes.get(f.id)!.label!;
      return { x: c.x - 30, y: c.y - 8, width: 60, height: 16 };
    });
    const overlap = (p: Rect, q: Rect) =>
      p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
    for (const r of rects) for (const b of boxes.values()) expect(overlap(r, b)).toBe(false);
    expect(overlap(rects[0]!, rects[1]!) || overlap(rects[1]!, rects[2]!)).toBe(false);
  });

  it('routes a loop back around the steps between', () => {
    const boxes = new Map([
      ['a', box(0, 0)],
      ['b', box(200, 0)],
      ['c', box(400, 0)],
    ]);
    const flows = [
      { id: 'ab', from: 'a', to: 'b' },
      { id: 'bc', from: 'b', to: 'c' },
      { id: 'back', from: 'c', to: 'a' },
    ];
    const { routes, check } = drawing(boxes, flows);
    expect(check(true)).toEqual([]);
    expect(routes.get('back')!.fallback).toBeUndefined();
  });

  it('reads top down when vertical', () => {
    const boxes = new Map([
      ['a', box(0, 0)],
      ['b', box(0, 200)],
    ]);
    const routes = routeFlows(boxes, [{ id: 'f', from: 'a', to: 'b' }], {
      orientation: 'vertical',
    });
    expect(routes.get('f')!.points).toEqual([
      { x: 50, y: 80 },
      { x: 50, y: 200 },
    ]);
  });

  it('stops when asked to', () => {
    const boxes = new Map([['a', box(0, 0)]]);
    expect(() =>
      routeFlows(boxes, [{ id: 'f', from: 'a', to: 'a' }], { signal: { aborted: true } }),
    ).toThrow('aborted');
  });
});
