import { describe, expect, it } from 'vitest';
import { gallery, generateProcess } from '@flowsmith/model';
import { elbowRoutes, gridLayers, isLargeForLayout, LARGE_LAYOUT_STEPS } from './gridLayout';
import { laneGeometry } from './laneGeometry';
import { layoutProcess } from './layoutProcess';

describe('gridLayers', () => {
  it('puts every step after its predecessors along the flow, loops ignored', () => {
    const doc = gallery.reworkLoop;
    const placed = gridLayers(doc, doc.steps, 'horizontal');
    expect(placed.size).toBe(doc.steps.length);
    const main = (id: string) => placed.get(id)!.main;
    const forward = doc.flows.filter((f) => main(f.to) > main(f.from));
    // every flow but the loop's one back edge points forward
    expect(forward.length).toBeGreaterThanOrEqual(doc.flows.length - 1);
  });

  it('stacks the steps of one layer across the flow without overlap', () => {
    const doc = gallery.nestedParallel;
    const placed = [...gridLayers(doc, doc.steps, 'vertical').values()];
    const keys = new Set(placed.map((p) => `${p.main}:${p.cross}`));
    expect(keys.size).toBe(placed.length);
  });
});

// Issue 14: sop on 10,000+ steps died with "Maximum call stack size exceeded" inside elkjs, and
// 5,000 steps took 18.6 s of layout.
describe('layoutProcess on a large process', () => {
  it('lays out 12,000 steps without ELK, says so, and routes every flow', async () => {
    const doc = generateProcess({ steps: 12_000, seed: 3 });
    expect(isLargeForLayout(doc)).toBe(true);
    const r = await layoutProcess(doc);
    expect(r.simplified).toBe(true);
    expect(Object.keys(r.positions)).toHaveLength(doc.steps.length);
    expect(r.routes.size).toBe(doc.flows.filter((f) => f.from !== f.to).length);
    // every step inside its lane (the one lane geometry): no lane shift needed
    const g = laneGeometry(doc, { positions: r.positions });
    expect([...g.shifts.values()].every((d) => d === 0)).toBe(true);
  });

  it('keeps ELK at or below the threshold', async () => {
    const r = await layoutProcess(gallery.mm1);
    expect(r.simplified).toBeUndefined();
    expect(LARGE_LAYOUT_STEPS).toBeGreaterThan(gallery.mm1.steps.length);
  });
});

describe('elbowRoutes', () => {
  it('routes a flow between two boxes as an orthogonal elbow with its label on it', () => {
    const boxes = new Map([
      ['a', { x: 0, y: 0, width: 100, height: 60 }],
      ['b', { x: 300, y: 200, width: 100, height: 60 }],
    ]);
    const routes = elbowRoutes(boxes, [{ id: 'f', from: 'a', to: 'b' }], {
      labels: new Map([['f', { width: 20, height: 10 }]]),
    });
    const r = routes.get('f')!;
    expect(r.points[0]).toEqual({ x: 100, y: 30 });
    expect(r.points.at(-1)).toEqual({ x: 300, y: 230 });
    for (let i = 1; i < r.points.length; i++)
      expect(r.points[i]!.x === r.points[i - 1]!.x || r.points[i]!.y === r.points[i - 1]!.y).toBe(
        true,
      );
    expect(r.label).toBeDefined();
    expect(elbowRoutes(boxes, [{ id: 'g', from: 'a', to: 'ghost' }]).size).toBe(0);
  });
});
