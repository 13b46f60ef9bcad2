import { distinctColour } from '../styles/distinctColour';

/**
 * What each participant shares with the room through Yjs awareness (never stored in the
 * document): who they are, where their pointer is on the map, what they have selected.
 */

/** A participant as shown to the others. */
export interface PresenceUser {
  name: string;
  colour: string;
}

/** One participant's shared state. */
export interface Presence {
  user: PresenceUser;
  /** The pointer on the map, in flow coordinates; null when off the map. */
  cursor: { x: number; y: number } | null;
  selection: { steps: string[]; flows: string[] };
}

/** Another participant in the room, by awareness client id. */
export interface Peer extends Presence {
  clientId: number;
}

/** A colour for the participant with this awareness client id (stable for the session). Pure. */
export function presenceColour(clientId: number): string {
  return distinctColour(Math.abs(Math.floor(clientId)));
}

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isIds = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= 10_000 && v.every((x) => isText(x, 200));

/**
 * The peer an awareness state describes, or null when it is not one (another app, a hostile
 * client): everything a peer sends is checked before it is drawn. Pure.
 */
export function peerOf(clientId: number, state: unknown): Peer | null {
  if (!state || typeof state !== 'object') return null;
  const s = state as Record<string, unknown>;
  const user = s.user as Record<string, unknown> | undefined;
  if (!user || !isText(user.name, 80) || !isText(user.colour, 32)) return null;
  if (!/^#[0-9a-f]{3,8}$/i.test(user.colour)) return null;
  const c = s.cursor as Record<string, unknown> | null | undefined;
  const cursor =
    c && Number.isFinite(c.x) && Number.isFinite(c.y)
      ? { x: c.x as number, y: c.y as number }
      : null;
  const sel = s.selection as Record<string, unknown> | undefined;
  const selection =
    sel && isIds(sel.steps) && isIds(sel.flows)
      ? { steps: sel.steps, flows: sel.flows }
      : { steps: [], flows: [] };
  return { clientId, user: { name: user.name, colour: user.colour }, cursor, selection };
}
