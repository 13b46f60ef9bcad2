import type { CommandCall, WorkshopNote } from '@flowsmith/model';
import { newWorkshopId } from './workshopIds';

/**
 * The calls that move `note` to the parking lot as one edit: a parking-lot item with its text,
 * author and time, and the note (with its votes) removed. Pure apart from the new item's id.
 */
export function parkNoteCalls(note: WorkshopNote, by: string | null): CommandCall[] {
  const author = note.author ?? by ?? undefined;
  return [
    {
      id: 'parking.add',
      params: {
        item: {
          id: newWorkshopId('park'),
          text: note.text,
          ...(author ? { author } : {}),
          ...(note.createdAt ? { createdAt: note.createdAt } : {}),
        },
      },
    },
    { id: 'note.remove', params: { id: note.id } },
  ];
}
