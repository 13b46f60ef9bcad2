/** The start date-time used when neither the document nor the scenario gives one: a Monday. */
export const DEFAULT_START = '2024-01-01T00:00';

const WEEK = 7 * 1440;

/** What simulation time 0 stands for (SPEC.md SIM-CAL-5). */
export interface StartMoment {
  /** The local date-time as milliseconds of `Date.UTC` (event logs write it with a `Z`). */
  epochMs: number;
  /** Minutes from that week's Monday 00:00 to the start: the phase of every weekly calendar. */
  weekPhase: number;
}

/**
 * Reads a local date-time `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS` (no zone: simulation time
 * has none) as the moment simulation time 0 stands for; null when it is not a real date-time
 * (`2024-02-30T09:00`, `25:00`). Pure.
 */
export function startMoment(text: string): StartMoment | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const s = m[6] === undefined ? 0 : Number(m[6]);
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  const epochMs = Date.UTC(y, mo - 1, d, h, mi, s);
  const date = new Date(epochMs);
  // Date.UTC rolls 30 February over into March: a day the month does not have is refused.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return null;
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
  const weekPhase = (weekday * 1440 + h * 60 + mi + s / 60) % WEEK;
  return { epochMs, weekPhase };
}
