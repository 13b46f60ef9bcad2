import { mayRunRoom } from './roomRole';
import { useWorkshop } from './useWorkshop';

/**
 * React hook: whether this page may run the room (the timer, the vote budget) — outside any room
 * or as the facilitator yes, as a participant no; see {@link mayRunRoom}.
 */
export function useMayRunRoom(): boolean {
  return useWorkshop(mayRunRoom);
}
