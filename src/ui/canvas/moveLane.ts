import type { Editor } from '../../editor/createEditor';
import { restackMoves } from '../../editor/lanes';

/**
 * Moves a role's lane one place earlier (-1) or later (+1): the roles are reordered and every
 * lane's steps travel with their lane, as one undo step.
 */
export function moveLane(editor: Editor, roleId: string, by: -1 | 1): void {
  const doc = editor.state.doc;
  const order = doc.roles.map((r) => r.id);
  const i = order.indexOf(roleId);
  const j = i + by;
  if (i < 0 || j < 0 || j >= order.length) return;
  [order[i], order[j]] = [order[j]!, order[i]!];
  const moves = restackMoves(doc, order);
  editor.execute(
    [
      { id: 'roles.reorder', params: { order } },
      ...(moves.length ? [{ id: 'steps.move' as const, params: { moves } }] : []),
    ],
    'roles.reorder',
  );
}
