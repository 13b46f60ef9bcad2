/**
 * Layout as part of loading: a document opened (file, example, stored, imported BPMN without
 * diagram) with steps that have no position gets them from ELK (roles as lanes) before it is
 * shown — not as an edit, so there is nothing to undo.
 */
import type { Position, ProcessDocument } from '@flowsmith/model';
import { layoutInWorker } from './runLayout';

/** `doc` with the steps found in `positions` placed there (others unchanged). Pure. */
export function withPositions(
  doc: ProcessDocument,
  positions: Readonly<Record<string, Position>>,
): ProcessDocument {
  let changed = false;
  const steps = doc.steps.map((s) => {
    const p = Object.hasOwn(positions, s.id) ? positions[s.id] : undefined;
    if (!p || s.position) return s;
    changed = true;
    return { ...s, position: { x: Math.round(p.x), y: Math.round(p.y) } };
  });
  return changed ? { ...doc, steps } : doc;
}

/**
 * `doc` with every step placed: unchanged when all have positions; else laid out by
 * `layout` (default: the layout worker) — the whole process when no step has a position, only
 * the missing steps (fitted in among the others) when some do. On a layout failure the document
 * is returned as it is: it still opens.
 */
export async function placeMissingSteps(
  doc: ProcessDocument,
  layout: (
    doc: ProcessDocument,
    only?: readonly string[],
  ) => Promise<Record<string, Position>> = layoutInWorker,
): Promise<ProcessDocument> {
  const missing = doc.steps.filter((s) => !s.position).map((s) => s.id);
  if (missing.length === 0) return doc;
  const all = missing.length === doc.steps.length;
  try {
    return withPositions(doc, await layout(doc, all ? undefined : missing));
  } catch {
    return doc;
  }
}
