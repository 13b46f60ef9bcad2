/**
 * Auto-layout from the UI: sends the document to the layout worker and applies the answer as one
 * `steps.move` (one undo step). A newer request supersedes an older one; the worker is started
 * on first use and kept.
 */
import type { CommandCall, Position, ProcessDocument } from '@flowsmith/model';
import type { LayoutRequest, LayoutResponse } from '../../workers/layoutProtocol';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<
  number,
  { resolve: (p: Record<string, Position>) => void; reject: (e: Error) => void }
>();

function layoutWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../../workers/layout.worker.ts', import.meta.url), {
    type: 'module',
  });
  worker.onmessage = (e: MessageEvent<LayoutResponse>) => {
    const waiting = pending.get(e.data.id);
    if (!waiting) return;
    pending.delete(e.data.id);
    if (e.data.ok) waiting.resolve(e.data.positions);
    else waiting.reject(new Error(e.data.message));
  };
  worker.onerror = (e) => {
    for (const w of pending.values()) w.reject(new Error(e.message || 'layout worker failed'));
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

/** Step centres for `doc` laid out in the worker (only `only`, when given). */
export function layoutInWorker(
  doc: ProcessDocument,
  only?: readonly string[],
): Promise<Record<string, Position>> {
  const id = nextId++;
  const request: LayoutRequest = { id, doc, ...(only ? { only: [...only] } : {}) };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    layoutWorker().postMessage(request);
  });
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
