import type { NoteColour } from '@flowsmith/model';
import type { AppServices } from '../EditorContext';
import { newWorkshopId, nowIso } from './workshopIds';

/**
 * Adds a note (one undoable edit): on the element `on`, or free at the centre of the visible map.
 * Returns its id, or null when the model refused it (the reason shows in the status bar).
 */
export function addNote(
  { editor, ui }: Pick<AppServices, 'editor' | 'ui'>,
  note: { text: string; on?: string | undefined; colour?: NoteColour; author?: string | null },
): string | null {
  const id = newWorkshopId('note');
  const centre = note.on ? undefined : ui.getState().canvas?.centre();
  const r = editor.execute(
    {
      id: 'note.add',
      params: {
        note: {
          id,
          text: note.text,
          ...(note.author ? { author: note.author } : {}),
          createdAt: nowIso(),
          ...(note.colour && note.colour !== 'yellow' ? { colour: note.colour } : {}),
          ...(note.on ? { on: note.on } : {}),
          ...(centre
            ? { position: { x: Math.round(centre.x - 68), y: Math.round(centre.y - 30) } }
            : {}),
        },
      },
    },
    'note.add',
  );
  return r.ok ? id : null;
}
