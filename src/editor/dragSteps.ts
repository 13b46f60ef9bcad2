/**
 * Dragging steps as one transaction (DESIGN.md rule 7): every pointer move applies a transient
 * `steps.move`; releasing assigns the role of the lane each dragged task was dropped into and
 * commits everything as one history entry; Escape rolls all of it back. The canvas and the test
 * harness drive the same object, so the tests exercise what the user does.
 */
import type { Position } from '@flowsmith/model';
import type { CommandCall } from '@flowsmith/model';
import type { Editor } from './createEditor';
import { editorGeometry, laneOrientation, roleAt } from './lanes';

/** A drag in progress; see the module comment. */
export interface StepDrag {
  /** Moves every dragged step by `delta` from where it started (not from the last move). */
  move(delta: Position): void;
  /** Drops: lane roles assigned, one history entry committed. */
  end(): void;
  /** Escape: the document returns to how it was before the drag. */
  cancel(): void;
}

/** Snaps a coordinate to the grid (or leaves it when `grid` is 0). Pure. */
export function snap(value: number, grid: number): number {
  return grid > 0 ? Math.round(value / grid) * grid : Math.round(value * 100) / 100;
}

/** Starts dragging the steps `ids` (those without a position start at the origin). */
export function startStepDrag(
  editor: Editor,
  ids: readonly string[],
  options: { grid?: number } = {},
): StepDrag {
  const grid = options.grid ?? 0;
  const doc = editor.state.doc;
  const wanted = new Set(ids);
  const origins = new Map<string, Position>();
  for (const s of doc.steps) if (wanted.has(s.id)) origins.set(s.id, s.position ?? { x: 0, y: 0 });
  // Lanes are read once, before anything moves, so a lane does not slide away under the pointer.
  const geometry = editorGeometry(doc);
  const bands = geometry.bands;
  const orientation = laneOrientation(doc);
  // A step may be drawn away from its position (see laneGeometry); the drop lane is where it is drawn.
  const drawn = (id: string, p: Position): Position => {
    const d = geometry.offsets.get(id);
    return d ? { x: p.x + d.x, y: p.y + d.y } : p;
  };
  let last: Position = { x: 0, y: 0 };
  let active = true;
  editor.beginGesture('steps.move');

  return {
    move(delta) {
      if (!active || !editor.state.gesture) return;
      last = delta;
      const moves = [...origins].map(([id, p]) => ({
        id,
        position: { x: snap(p.x + delta.x, grid), y: snap(p.y + delta.y, grid) },
      }));
      editor.gestureExecute({ id: 'steps.move', params: { moves } });
    },
    end() {
      if (!active) return;
      active = false;
      if (!editor.state.gesture) return;
      if (last.x !== 0 || last.y !== 0) {
        const calls: CommandCall[] = [];
        const current = editor.state.doc;
        for (const step of current.steps) {
          if (!origins.has(step.id) || step.type !== 'task' || !step.position) continue;
          const role = roleAt(bands, drawn(step.id, step.position), orientation);
          if (role && role !== step.role)
            calls.push({ id: 'step.update', params: { id: step.id, changes: { role } } });
        }
        if (calls.length) editor.gestureExecute(calls);
      }
      editor.commitGesture();
    },
    cancel() {
      if (!active) return;
      active = false;
      editor.cancelGesture();
    },
  };
}
