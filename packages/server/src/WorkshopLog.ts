/** One line of the server's log: what happened, in which room, on which connection. */
export interface WorkshopLogEntry {
  level: 'info' | 'warn';
  /** `server.listening`, `room.joined`, `room.refusedToken`, `update.refused`, `store.skipped`, … */
  event: string;
  room?: string;
  role?: string;
  /** The connection (Hocuspocus socket id, or the remote address before authentication). */
  connection?: string;
  /** A refusal's code (see `Refusal`). */
  code?: string;
  detail?: string;
}

/** Where log entries go. */
export type WorkshopLog = (entry: WorkshopLogEntry) => void;

/** The default log: one JSON line per entry on standard error, with the time. */
export const jsonLinesLog: WorkshopLog = (entry) => {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
};
