/**
 * Who "I" am in a workshop: the local user's name, asked once and kept in localStorage. Votes are
 * cast under it (facilitation) and presence shows it to the others (co-editing); both read it here.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** The localStorage key of the participant's name. */
export const PARTICIPANT_KEY = 'flowsmith.participant';

/** The longest name kept (longer ones are cut). */
export const MAX_PARTICIPANT_NAME = 40;

function stored(): string | null {
  try {
    const name = globalThis.localStorage?.getItem(PARTICIPANT_KEY);
    return name && name.trim() ? name.trim().slice(0, MAX_PARTICIPANT_NAME) : null;
  } catch {
    return null; // storage blocked (private mode, policy): ask again next time
  }
}

/** The participant's name (`null` until they gave one). */
export const participantStore = createStore<{ name: string | null }>()(() => ({ name: stored() }));

/** The participant's name now, or `null`. */
export function participantName(): string | null {
  return participantStore.getState().name;
}

/**
 * Sets the participant's name (trimmed, at most `MAX_PARTICIPANT_NAME` characters) and keeps it
 * for next time; an empty name forgets it.
 */
export function setParticipantName(name: string): void {
  const clean = name.trim().slice(0, MAX_PARTICIPANT_NAME);
  try {
    if (clean) globalThis.localStorage?.setItem(PARTICIPANT_KEY, clean);
    else globalThis.localStorage?.removeItem(PARTICIPANT_KEY);
  } catch {
    // not kept across reloads; still used in this session
  }
  participantStore.setState({ name: clean || null });
}

/** The participant's name in a component, re-rendering when it changes. */
export function useParticipantName(): string | null {
  return useStore(participantStore, (s) => s.name);
}
