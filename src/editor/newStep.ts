import {
  freshId,
  type CommandCall,
  type Position,
  type ProcessDocument,
  type Step,
  type StepType,
} from '@flowsmith/model';
import { editorGeometry, laneOrientation, lanesOf, roleAt } from './lanes';

/**
 * The `step.add` call for a new step of `type` centred at `at`, named `name`: a task placed in a
 * lane takes that lane's role; a subprocess starts pointing at no process yet (`process: ""` is
 * refused by the model, so it points at its own id until the user picks one). Pure.
 */
export function newStepCall(
  doc: ProcessDocument,
  type: StepType,
  at: Position,
  name: string,
): { call: CommandCall; id: string } {
  const id = freshId(doc, type === 'task' ? 'task' : type);
  const position = { x: Math.round(at.x), y: Math.round(at.y) };
  let step: Step;
  switch (type) {
    case 'task': {
      const role = roleAt(lanesOf(doc), position, laneOrientation(doc));
      // `at` is where it is drawn; a lane pushed clear of the one before draws its steps shifted.
      const d = role ? (editorGeometry(doc).shifts.get(role) ?? 0) : 0;
      if (laneOrientation(doc) === 'horizontal') position.y -= d;
      else position.x -= d;
      step = { id, type, name, position, ...(role ? { role } : {}) };
      break;
    }
    case 'subprocess':
      step = { id, type, name, position, process: doc.id };
      break;
    default:
      step = { id, type, name, position } as Step;
  }
  return { call: { id: 'step.add', params: { step } }, id };
}

/**
 * Where a new step goes when added by a click on the palette: right of the selected step if
 * any (so clicking builds a chain), else right of the right-most step, else the origin. Pure.
 */
export function nextFreeSpot(doc: ProcessDocument, afterId?: string): Position {
  const horizontal = laneOrientation(doc) === 'horizontal';
  const after = afterId ? doc.steps.find((s) => s.id === afterId)?.position : undefined;
  if (after)
    return horizontal ? { x: after.x + 160, y: after.y } : { x: after.x, y: after.y + 140 };
  let best: Position | undefined;
  for (const s of doc.steps) {
    if (!s.position) continue;
    if (!best || (horizontal ? s.position.x > best.x : s.position.y > best.y)) best = s.position;
  }
  if (best) return horizontal ? { x: best.x + 160, y: best.y } : { x: best.x, y: best.y + 140 };
  const lanes = lanesOf(doc);
  const first = lanes[0];
  if (first)
    return horizontal
      ? { x: first.x + 120, y: first.y + first.height / 2 }
      : { x: first.x + first.width / 2, y: first.y + 100 };
  return { x: 120, y: 100 };
}
