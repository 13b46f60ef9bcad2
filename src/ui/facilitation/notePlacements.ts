import type { ProcessDocument, WorkshopNote } from '@flowsmith/model';
import type { NotePlacement } from './NoteView';

/**
 * How each note of `notes` is placed on the map of `doc`: on its step, flow or lane (with the
 * node ids it follows and its place in that element's pile), or free — also when its element was
 * removed. Pure.
 */
export function notePlacements(
  doc: ProcessDocument,
  notes: readonly WorkshopNote[],
): Map<string, NotePlacement> {
  const piles = new Map<string, number>();
  const out = new Map<string, NotePlacement>();
  const steps = new Set(doc.steps.map((s) => s.id));
  const flows = new Map(doc.flows.map((f) => [f.id, f]));
  const roles = new Set(doc.roles.map((r) => r.id));
  for (const note of notes) {
    const on = note.on;
    const pile = piles.get(on ?? '') ?? 0;
    let placement: NotePlacement;
    if (on !== undefined && steps.has(on)) placement = { kind: 'step', nodes: [on], pile };
    else if (on !== undefined && flows.has(on)) {
      const f = flows.get(on)!;
      placement = { kind: 'flow', nodes: [f.from, f.to], pile };
    } else if (on !== undefined && roles.has(on))
      placement = { kind: 'lane', nodes: [`lane:${on}`], pile };
    else placement = { kind: 'free', nodes: [], pile: note.position ? 0 : pile };
    const key = placement.kind === 'free' && note.position ? null : (on ?? '');
    if (key !== null) piles.set(key, pile + 1);
    out.set(note.id, placement);
  }
  return out;
}
