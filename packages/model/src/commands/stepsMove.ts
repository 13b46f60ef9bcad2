import { refusal } from '../messages/commandMessages';
import type { Position } from '../types/step';
import { defineCommand } from './command';
import { recordsOf } from './documentIds';
import { recordUpdate } from './recordEntry';

/** One step's new place on the canvas. */
export interface StepMove {
  id: string;
  position: Position;
}

/** `steps.move`: new positions for many steps at once (one frame of the editor's drag). */
export const stepsMove = defineCommand({
  id: 'steps.move',
  canExecute(doc, params: { moves: StepMove[] }, lang) {
    const ids = new Set(recordsOf(doc, 'steps').map((s) => s.id));
    for (const { id, position } of params.moves) {
      if (!ids.has(id)) return refusal('step.unknown', { id }, lang);
      if (!position || !Number.isFinite(position.x) || !Number.isFinite(position.y)) {
        return refusal('value.invalid', { id, field: 'position' }, lang);
      }
    }
    return null;
  },
  execute(doc, { moves }) {
    const target = new Map(moves.map((m) => [m.id, m.position]));
    const updated = [];
    const steps = recordsOf(doc, 'steps');
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]!;
      const position = target.get(step.id);
      if (!position) continue;
      if (step.position && step.position.x === position.x && step.position.y === position.y)
        continue;
      updated.push(
        recordUpdate('steps', i, step, { ...step, position: { x: position.x, y: position.y } }),
      );
    }
    return { added: [], updated, removed: [] };
  },
});
