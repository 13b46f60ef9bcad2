import { describe, expect, it } from 'vitest';
import { build, executeCommand, type ProcessDocument } from '@flowsmith/model';
import { laneGeometry, routeFlows } from '@flowsmith/layout';
import { createEdgeDeriver, type EdgeRouting } from './deriveNodes';
import { drawnPosition } from './useFlowRoutes';

import { byId, none, threeInLine } from './edgeFixtures';

/** What useFlowRoutes hands the deriver once the worker answered for `doc`. */
function routed(doc: ProcessDocument): EdgeRouting {
  const g = laneGeometry(doc);
  return {
    routes: routeFlows(g.placements, doc.flows),
    boxes: g.placements,
    boxOf: (step) => g.placements.get(step.id),
  };
}

describe('edges drawn along routes', () => {
  const doc = threeInLine();

  it('draws a flow along its route while its ends stay where they were routed', () => {
    const derive = createEdgeDeriver((f) => f.id);
    const routing = routed(doc);
    const edges = derive(doc, none, byId(doc), routing);
    expect(edges.every((e) => e.data?.route !== undefined)).toBe(true);
    // Same routing again: the very same edges.
    expect(derive(doc, none, byId(doc), routing)).toBe(edges);
  });

  it('falls back to a plain path for the flows of a moved step, keeping the other edges', () => {
    const derive = createEdgeDeriver((f) => f.id);
    const routing = routed(doc);
    const before = derive(doc, none, byId(doc), routing);
    const r = executeCommand(doc, {
      id: 'steps.move',
      params: { moves: [{ id: 'e', position: { x: 420, y: 30 } }] },
    });
    if (!r.ok) throw new Error(r.refusal.message);
    const moved = r.document;
    // The deriver is told where steps are drawn now.
    const now: EdgeRouting = { ...routing, boxOf: (s) => laneGeometry(moved).placements.get(s.id) };
    const after = derive(moved, none, byId(moved), now);
    expect(after[0]).toBe(before[0]);
    expect(after[0]!.data?.route).toBeDefined();
    expect(after[1]!.data?.route).toBeUndefined();
  });

  it('draws a step where its lane puts it, not where it is stored', () => {
    const { processOf, task, role, chain } = build;
    const lanes = processOf('p', {
      roles: [role('a'), role('b')],
      steps: [
        { ...task('a1', 'a'), position: { x: 100, y: 100 } },
        { ...task('b1', 'b'), position: { x: 300, y: 90 } },
      ],
      flows: chain('a1', 'b1'),
    });
    const g = laneGeometry(lanes);
    expect(drawnPosition(g, lanes.steps[0]!)).toBeUndefined();
    expect(drawnPosition(g, lanes.steps[1]!)!.y).toBeGreaterThan(90);
  });
});
