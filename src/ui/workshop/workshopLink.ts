/** Where and how to join a workshop: the server, the room and the room's token. */
export interface WorkshopLink {
  /** The workshop server's WebSocket address (`ws://127.0.0.1:1234`). */
  server: string;
  room: string;
  token: string;
}

const ROOM = /^[A-Za-z0-9_-]{1,64}$/;

function fromParams(
  params: URLSearchParams,
  fallbackServer: string | undefined,
): WorkshopLink | null {
  const room = params.get('room')?.trim();
  const token = params.get('token')?.trim();
  const server = (params.get('workshop') ?? params.get('server') ?? fallbackServer)?.trim();
  if (!room || !token || !server || !ROOM.test(room)) return null;
  if (!/^wss?:\/\//i.test(server)) return null;
  return { server, room, token };
}

/**
 * The workshop a link names: the server's room links put `workshop=<ws address>&room=…&token=…`
 * in the fragment (so the token stays out of web server logs); `?room=…&token=…` in the query
 * works too. `fallbackServer` is used when the link names no server. Null when the link names
 * no complete workshop. Pure.
 */
export function parseWorkshopLink(href: string, fallbackServer?: string): WorkshopLink | null {
  let url: URL;
  try {
    url = new URL(href, 'http://localhost/');
  } catch {
    return null;
  }
  const hash = url.hash.startsWith('#') ? url.hash.slice(1) : url.hash;
  return (
    fromParams(new URLSearchParams(hash), fallbackServer) ??
    fromParams(url.searchParams, fallbackServer)
  );
}

/** `href` without the workshop's parameters (the token is not left in the address bar). Pure. */
export function withoutWorkshopParams(href: string): string {
  const url = new URL(href);
  for (const key of ['workshop', 'server', 'room', 'token']) url.searchParams.delete(key);
  const hash = new URLSearchParams(url.hash.replace(/^#/, ''));
  if (hash.has('room') || hash.has('token')) url.hash = '';
  return url.toString();
}
