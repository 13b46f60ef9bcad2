/**
 * The links to hand out for a room: the app's address with the server, the room and the token in
 * the fragment (`#workshop=…&room=…&token=…`), so the token never reaches a web server's log.
 * Pure.
 */
export function roomLinks(
  appUrl: string,
  serverUrl: string,
  room: { id: string; facilitatorToken: string; participantToken: string },
): { facilitator: string; participant: string } {
  const link = (token: string): string => {
    const fragment = new URLSearchParams({ workshop: serverUrl, room: room.id, token });
    return `${appUrl.replace(/#.*$/, '')}#${fragment.toString()}`;
  };
  return { facilitator: link(room.facilitatorToken), participant: link(room.participantToken) };
}
