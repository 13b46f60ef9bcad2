/**
 * Auto-layout from the UI: sends the document to the layout worker and applies the answer as one
 * `steps.move` (one undo step). A newer request supersedes an older one; the worker is started
 * on first use and kept.
 */
import type { CommandCall, Position, ProcessDocument } from '@flowsmith/model';
import type { FlowEnds, FlowRoute, LabelSize, Rect } from '@flowsmith/layout';
import type { LayoutRequest, LayoutResponse } from '../../workers/layoutProtocol';
import { workerClient } from '../../workers/workerClient';

const send = workerClient<LayoutRequest, LayoutResponse>(
  () => new Worker(new URL('../../workers/layout.worker.ts', import.meta.url), { type: 'module' }),
  'layout',
);

/** Step centres for `doc` laid out in the worker (only `only`, when given). */
export async function layoutInWorker(
  doc: ProcessDocument,
  only?: readonly string[],
): Promise<Record<string, Position>> {
  // The canvas routes the flows itself once the steps are placed (useFlowRoutes).
  const r = await send({ doc, routes: false, ...(only ? { only: [...only] } : {}) });
  if (!r.ok) throw new Error(r.message);
  return r.positions;
}

/** Routes of `flows` around the step `boxes`, computed in the layout worker (`routeFlows`). */
export async function routeInWorker(
  boxes: Map<string, Rect>,
  flows: FlowEnds[],
  orientation: 'horizontal' | 'vertical',
  labels?: Map<string, LabelSize>,
): Promise<Map<string, FlowRoute>> {
  const r = await send({ kind: 'route', boxes, flows, orientation, ...(labels ? { labels } : {}) });
  if (!r.ok) throw new Error(r.message);
  return r.routes;
}

/** The `steps.move` call that puts steps at `positions` (steps that did not move are left out). Pure. */
export function moveCall(
  doc: ProcessDocument,
  positions: Readonly<Record<string, Position>>,
): CommandCall | null {
  const moves = [];
  for (const s of doc.steps) {
    const p = Object.hasOwn(positions, s.id) ? positions[s.id] : undefined;
    if (p && (!s.position || s.position.x !== p.x || s.position.y !== p.y))
      moves.push({ id: s.id, position: { x: p.x, y: p.y } });
  }
  return moves.length ? { id: 'steps.move', params: { moves } } : null;
}
