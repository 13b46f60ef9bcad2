import type { Editor } from '../../editor/createEditor';
import { participantName } from '../workshop/participant';
import { newWorkshopId } from './workshopIds';

/**
 * Places one of the participant's dots on the step or note `on` (one undoable edit); false when
 * there is no participant name yet or the model refused (budget used: the status bar says why).
 */
export function castVote(editor: Editor, on: string): boolean {
  const by = participantName();
  if (!by) return false;
  return editor.execute({ id: 'vote.cast', params: { id: newWorkshopId('vote'), by, on } }, 'vote')
    .ok;
}

/** Takes back the participant's latest dot on `on`; false when they have none there. */
export function retractVote(editor: Editor, on: string): boolean {
  const by = participantName();
  if (!by) return false;
  return editor.execute({ id: 'vote.retract', params: { by, on } }, 'vote.retract').ok;
}
