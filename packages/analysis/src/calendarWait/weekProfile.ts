import { WEEKDAYS, type Calendar } from '@flowsmith/model';

/** Minutes in a week: the profiles below have one bin per minute, Monday 00:00 first. */
export const WEEK_MINUTES = 7 * 24 * 60;

/** `HH:MM` or `HH:MM:SS` as minutes since midnight (seconds as a fraction); NaN when unreadable. */
export function clockMinutes(text: string): number {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) + (m[3] ? Number(m[3]) / 60 : 0) : NaN;
}

/**
 * The share of each minute of the week (Monday 00:00 first, local calendar time) that `calendar`
 * is open: 1 inside its working hours, 0 outside, a fraction at a boundary that falls within a
 * minute (`HH:MM:SS`). Overlapping blocks count once; unreadable blocks are skipped. No calendar
 * means always open. Pure.
 */
export function weekProfile(calendar: Calendar | undefined): Float64Array {
  const open = new Float64Array(WEEK_MINUTES);
  if (!calendar) return open.fill(1);
  for (const block of calendar.week ?? []) {
    const from = clockMinutes(block.from);
    const to = clockMinutes(block.to);
    if (!(to > from) || from < 0 || to > 24 * 60) continue;
    for (const day of new Set(block.days ?? [])) {
      const d = WEEKDAYS.indexOf(day);
      if (d < 0) continue;
      const a = d * 1440 + from;
      const b = d * 1440 + to;
      for (let i = Math.floor(a); i < Math.ceil(b); i++) {
        const covered = Math.min(b, i + 1) - Math.max(a, i);
        open[i] = Math.min(1, Math.max(open[i]!, covered));
      }
    }
  }
  return open;
}

/** Whether a profile is the same in every minute (no calendar effect on when work happens). Pure. */
export function isFlat(profile: ArrayLike<number>): boolean {
  for (let i = 1; i < profile.length; i++) if (profile[i] !== profile[0]) return false;
  return true;
}

/** The profile scaled to average 1 over the week (all zeros stay zeros). Pure. */
export function normalised(profile: ArrayLike<number>): Float64Array {
  let sum = 0;
  for (let i = 0; i < profile.length; i++) sum += profile[i]!;
  const out = new Float64Array(profile.length);
  if (sum > 0)
    for (let i = 0; i < profile.length; i++) out[i] = (profile[i]! * profile.length) / sum;
  return out;
}
